package io.ghlsync.cli;

import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.store.DeadLetter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ghlsync dead-letters list|replay}. */
@Command(
    name = "dead-letters",
    mixinStandardHelpOptions = true,
    description = "Contacts whose sync failed after every retry.",
    subcommands = {DeadLettersCommand.ListLetters.class, DeadLettersCommand.Replay.class})
final class DeadLettersCommand extends CliCommand {
  @Override
  int run() {
    throw CliFailure.usage("choose list or replay; ghlsync dead-letters --help");
  }

  static Map<String, Object> document(DeadLetter d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("target", d.target());
    m.put("location", d.item().locationId());
    m.put("contact", d.item().contactId());
    m.put("attempts", d.item().attempts());
    m.put("reason", d.reason());
    m.put("at", d.at().toString());
    return m;
  }

  /** {@code dead-letters list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the dead letters, oldest first.")
  static final class ListLetters extends CliCommand {
    @Override
    int run() {
      try (Session session = Session.open(config())) {
        List<DeadLetter> letters = session.engine().deadLetters();
        output()
            .print(
                Map.of("deadLetters", letters.stream().map(DeadLettersCommand::document).toList()),
                () -> {
                  List<String> lines = new ArrayList<>();
                  lines.add(letters.size() + " dead letter(s)");
                  for (DeadLetter d : letters) {
                    lines.add(
                        "  "
                            + d.id()
                            + "  "
                            + d.target()
                            + "  contact "
                            + d.item().contactId()
                            + "  "
                            + d.at()
                            + "  "
                            + d.reason());
                  }
                  return lines;
                });
        return Ghlsync.OK;
      }
    }
  }

  /** {@code dead-letters replay}. */
  @Command(
      name = "replay",
      mixinStandardHelpOptions = true,
      description =
          "Queues dead letters again (attempts reset) and syncs them now; exit 1 if any fails again.")
  static final class Replay extends CliCommand {
    @Parameters(paramLabel = "ID", arity = "0..*", description = "dead letter ids (see list)")
    private List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "replay every dead letter")
    private boolean all;

    @Override
    int run() {
      if (ids.isEmpty() == !all) {
        throw CliFailure.usage("give dead letter ids or --all (not both)");
      }
      try (Session session = Session.open(config())) {
        SyncEngine engine = session.engine();
        List<String> chosen =
            all ? engine.deadLetters().stream().map(DeadLetter::id).toList() : ids;
        List<String> unknown = new ArrayList<>();
        int replayed = 0;
        for (String id : chosen) {
          if (engine.replay(id)) {
            replayed++;
          } else {
            unknown.add(id);
          }
        }
        try (Interruption ctrlC = Interruption.ofCurrentThread()) {
          Runs.drain(engine);
        } catch (InterruptedException e) {
          engine.close();
          return Ghlsync.INTERRUPTED;
        }
        engine.close();
        List<DeadLetter> still = engine.deadLetters();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("replayed", replayed);
        doc.put("unknown", unknown);
        doc.put("deadLetters", still.stream().map(DeadLettersCommand::document).toList());
        int count = replayed;
        output()
            .print(
                doc,
                () ->
                    List.of(
                        "Replayed "
                            + count
                            + " dead letter(s); "
                            + still.size()
                            + " dead letter(s) now"
                            + (unknown.isEmpty() ? "." : "; unknown ids: " + unknown)));
        return unknown.isEmpty() && still.isEmpty() ? Ghlsync.OK : Ghlsync.FAILED;
      }
    }
  }
}
