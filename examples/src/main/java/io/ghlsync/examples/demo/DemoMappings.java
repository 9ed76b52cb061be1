package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.mapping.MappingException;
import io.ghlsync.sync.mapping.MappingJson;
import io.ghlsync.sync.mapping.TransformFunctions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JSON field mappings the demo uses, loaded through sync-core's {@link MappingJson}: the files
 * shipped next to this class (under {@code examples/src/main/resources}) or files given on the
 * command line. They are loaded and validated before any service is contacted.
 */
final class DemoMappings {
  /** Class-path name of the demo's onOffice mapping. */
  static final String ONOFFICE = "/io/ghlsync/examples/demo/ghl-to-onoffice.json";

  /** Class-path name of the demo's Optmyzr mapping. */
  static final String OPTMYZR = "/io/ghlsync/examples/demo/ghl-to-optmyzr.json";

  private DemoMappings() {}

  /**
   * Loads the mapping of a target.
   *
   * @param target the target
   * @param file a file replacing the shipped mapping, if given
   * @return the mapping
   * @throws ExampleFailure (exit code 2) naming the file and the broken rule
   */
  static Mapping load(DemoTarget target, Optional<Path> file) {
    String where = file.map(Path::toString).orElse("classpath:" + resource(target));
    try {
      return file.isPresent()
          ? MappingJson.load(file.get(), TransformFunctions.none())
          : MappingJson.resource(resource(target), TransformFunctions.none());
    } catch (MappingException | UncheckedIOException e) {
      throw ExampleFailure.setup(
          "the " + target.key() + " mapping " + where + " cannot be used: " + e.getMessage());
    }
  }

  private static String resource(DemoTarget target) {
    return target == DemoTarget.ONOFFICE ? ONOFFICE : OPTMYZR;
  }
}
