package io.ghlsync.cli;

import picocli.CommandLine.Command;

/** {@code ghlsync mapping}: try and trace the field mappings. */
@Command(
    name = "mapping",
    mixinStandardHelpOptions = true,
    description = "Field mappings: try one on a contact, list the recorded versions, compare two.",
    subcommands = {MappingTestCommand.class, MappingHistoryCommand.class, MappingDiffCommand.class})
final class MappingCommand extends CliCommand {
  @Override
  int run() {
    throw CliFailure.usage("choose a mapping command; ghlsync mapping --help");
  }
}
