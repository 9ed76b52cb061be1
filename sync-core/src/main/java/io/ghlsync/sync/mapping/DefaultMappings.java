package io.ghlsync.sync.mapping;

/**
 * The ready-made mappings shipped in this module, documented field by field in sync-core/README.md.
 * Copy their JSON (under {@code /io/ghlsync/sync/mappings/}) as a starting point for your own.
 */
public final class DefaultMappings {
  /** Class-path location of the GHL to onOffice mapping. */
  public static final String ONOFFICE_RESOURCE = "/io/ghlsync/sync/mappings/ghl-to-onoffice.json";

  /** Class-path location of the GHL to Optmyzr mapping. */
  public static final String OPTMYZR_RESOURCE = "/io/ghlsync/sync/mappings/ghl-to-optmyzr.json";

  private DefaultMappings() {}

  /**
   * GHL to onOffice (addresses, tasks, agents-log notes, notes summary in {@code Bemerkung}).
   *
   * @return the mapping
   */
  public static Mapping onOffice() {
    return MappingJson.resource(ONOFFICE_RESOURCE, TransformFunctions.none());
  }

  /**
   * GHL to the Optmyzr contacts contract (notes summary in {@code custom_fields.notes_summary}).
   *
   * @return the mapping
   */
  public static Mapping optmyzr() {
    return MappingJson.resource(OPTMYZR_RESOURCE, TransformFunctions.none());
  }
}
