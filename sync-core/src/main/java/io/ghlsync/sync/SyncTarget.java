package io.ghlsync.sync;

import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.rules.ActivityRules;
import io.ghlsync.sync.score.ContactScorer;
import io.ghlsync.sync.target.TargetConnector;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One target of an engine: the connector, the mapping into it, what a GHL delete does there, and
 * whether its ids are written back to GHL. An engine with several targets reads each contact from
 * GHL once per work item and hands it to every target.
 *
 * <pre>{@code
 * SyncEngine engine = SyncEngine.builder()
 *     .ghl(ghl)
 *     .addTarget(SyncTarget.builder(onOffice, DefaultMappings.onOffice())
 *         .onDelete(EntityKind.CONTACT, DeletePolicy.ARCHIVE).build())
 *     .addTarget(SyncTarget.builder(optmyzr, DefaultMappings.optmyzr()).build())
 *     .build();
 * }</pre>
 */
public final class SyncTarget {
  private final TargetConnector connector;
  private final Mapping mapping;
  private final Map<EntityKind, DeletePolicy> deletes;
  private final @Nullable String idField;
  private final @Nullable ContactScorer scorer;
  private final @Nullable ActivityRules activityRules;

  private SyncTarget(Builder b) {
    this.connector = b.connector;
    this.mapping = b.mapping;
    this.deletes = Map.copyOf(b.deletes);
    this.idField = b.idField;
    this.scorer = b.scorer;
    this.activityRules = b.activityRules;
  }

  /**
   * Starts a target.
   *
   * @param connector the connector; its {@code name()} keys the target's links
   * @param mapping the mapping from GHL into it
   * @return a builder
   */
  public static Builder builder(TargetConnector connector, Mapping mapping) {
    return new Builder(connector, mapping);
  }

  /**
   * The connector.
   *
   * @return the connector
   */
  public TargetConnector connector() {
    return connector;
  }

  /**
   * The mapping.
   *
   * @return the mapping
   */
  public Mapping mapping() {
    return mapping;
  }

  /**
   * The delete policies set (kinds not listed are {@link DeletePolicy#IGNORE}).
   *
   * @return the policies by kind
   */
  public Map<EntityKind, DeletePolicy> deletePolicies() {
    return deletes;
  }

  /**
   * The GHL custom field that receives this target's record id, if any.
   *
   * @return the field id
   */
  public Optional<String> idField() {
    return Optional.ofNullable(idField);
  }

  /**
   * The scorer whose score this target's mapping reads as {@code $score.*}, if any.
   *
   * @return the scorer
   */
  public Optional<ContactScorer> scorer() {
    return Optional.ofNullable(scorer);
  }

  /**
   * The activity rules that create tasks for this target's contacts, if any.
   *
   * @return the rules
   */
  public Optional<ActivityRules> activityRules() {
    return Optional.ofNullable(activityRules);
  }

  /** Builds a {@link SyncTarget}. */
  public static final class Builder {
    private final TargetConnector connector;
    private final Mapping mapping;
    private final Map<EntityKind, DeletePolicy> deletes = new EnumMap<>(EntityKind.class);
    private @Nullable String idField;
    private @Nullable ContactScorer scorer;
    private @Nullable ActivityRules activityRules;

    private Builder(TargetConnector connector, Mapping mapping) {
      this.connector = connector;
      this.mapping = mapping;
    }

    /**
     * Sets what happens in this target when a record of a kind is deleted in GHL (default {@link
     * DeletePolicy#IGNORE}). The target must support the policy.
     *
     * @param kind the record kind
     * @param policy the policy
     * @return this builder
     */
    public Builder onDelete(EntityKind kind, DeletePolicy policy) {
      deletes.put(kind, policy);
      return this;
    }

    /**
     * Writes each contact's id in this target back to a GHL custom field.
     *
     * @param customFieldId the GHL custom field id
     * @return this builder
     */
    public Builder syncIdsBack(String customFieldId) {
      if (customFieldId.isBlank()) {
        throw new IllegalArgumentException("customFieldId must not be blank");
      }
      this.idField = customFieldId;
      return this;
    }

    /**
     * Scores each contact for this target; the mapping reads {@code $score.value}, {@code
     * $score.reasons}, {@code $score.reasonText} and {@code $score.version}, and the audit records
     * the scorer's version with each write.
     *
     * @param value e.g. {@code DeclarativeScorer.load(path, FieldCatalog.of(enrichment))}
     * @return this builder
     */
    public Builder scorer(ContactScorer value) {
      this.scorer = value;
      return this;
    }

    /**
     * Creates tasks from the contacts' changes, once per (rule, contact, change); tasks for the
     * target go through this target's task mapping rules.
     *
     * @param value the rules
     * @return this builder
     */
    public Builder activityRules(ActivityRules value) {
      this.activityRules = value;
      return this;
    }

    /**
     * Builds the target.
     *
     * @return the target
     */
    public SyncTarget build() {
      return new SyncTarget(this);
    }
  }
}
