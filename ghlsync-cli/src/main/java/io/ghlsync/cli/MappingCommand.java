package io.ghlsync.cli;

import picocli.CommandLine.Command;

/** {@code ghlsync mapping}: try and trace the field mappings. */
@Command(
    name = "mapping",
    mixinStandardHelpOptions = true,
    description = "Field mappings: try one on a contact.",
    subcommands = {MappingTestCommand.class})
final class MappingCommand extends CliCommand {
  @Override
  int run() {
    throw CliFailure.usage("choose a mapping command; ghlsync mapping --help");
  }
}
