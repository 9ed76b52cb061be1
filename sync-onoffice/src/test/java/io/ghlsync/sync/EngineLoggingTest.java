package io.ghlsync.sync;

import static io.ghlsync.sync.Sandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.store.DeadLetter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineLoggingTest {

  @Test
  void everyDeadLetterIsAWarningWithIds() {
    Mapping strict =
        Mapping.builder("strict", "2")
            .contact(FieldRule.to("Vorname").from("firstName").build())
            .contact(FieldRule.to("Zusatz1").from("companyName").required().build())
            .build();
    List<DeadLetter> seen = new ArrayList<>();
    SyncListener mdcProbe =
        new SyncListener() {
          @Override
          public void onDeadLettered(DeadLetter letter) {
            seen.add(letter);
          }
        };
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String contact;
    try (Sandbox s = new Sandbox(3);
        SyncEngine engine = s.onOfficeEngine().mapping(strict).listener(mdcProbe).build()) {
      contact = s.contactIds(3).get(1);
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        engine.syncContact(LOCATION, contact);
      } finally {
        System.setErr(original);
      }
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(log)
        .contains("WARN", "io.ghlsync.sync", "dead letter", contact, LOCATION)
        .contains("required value is missing");
    assertThat(seen).hasSize(1);
  }
}
