package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.UnexpectedResponseException;
import io.ghlsync.core.ValidationException;
import io.ghlsync.onoffice.model.AddressChanges;
import io.ghlsync.onoffice.model.ContactType;
import io.ghlsync.onoffice.model.NewActivity;
import io.ghlsync.onoffice.model.NewAddress;
import io.ghlsync.onoffice.model.NewTask;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.TestClock;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOnOfficeFailuresTest {
  private final TestClock clock = TestClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  private final FakeOnOffice fake = FakeOnOffice.builder().clock(clock).start();
  private final OnOfficeClient client = client(fake);

  private OnOfficeClient client(FakeOnOffice server) {
    return OnOfficeClient.builder()
        .baseUrl(server.url())
        .token(server.token())
        .secret(server.secret())
        .clock(clock)
        .config(c -> c.retry(new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(20), 0)))
        .build();
  }

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void batchesActionsInOneRequestWithPerActionOutcomes() {
    long address =
        fake.store()
            .seedAddress(
                Map.of("Name", "Kunde", "email", "a@example.de", "email_business", "a@example.de"));

    OnOfficeBatch batch = client.batch();
    BatchEntry<Long> task =
        batch.add(
            TaskActions.create(NewTask.builder().betreff("T").relatedAddressId(address).build()));
    BatchEntry<?> ambiguous =
        batch.add(
            AddressActions.update(
                address,
                AddressChanges.builder().deleteContact(ContactType.EMAIL, "a@example.de").build()));
    BatchEntry<Long> note =
        batch.add(
            ActivityActions.create(
                NewActivity.builder().addressids(List.of(address)).note("n").build()));
    batch.execute();

    assertThat(fake.journal().count("batch")).isEqualTo(1);
    assertThat(task.get()).isPositive();
    assertThat(note.get()).isPositive();
    ValidationException e = catchThrowableOfType(ValidationException.class, ambiguous::get);
    assertThat(e.serviceError().orElseThrow().code()).isEqualTo(87);
  }

  @Test
  void mapsTheFakesCredentialAndRightsErrors() {
    OnOfficeClient wrongSecret =
        OnOfficeClient.builder()
            .baseUrl(fake.url())
            .token(fake.token())
            .secret("wrong")
            .clock(clock)
            .build();
    AuthenticationException hmac =
        catchThrowableOfType(
            AuthenticationException.class, () -> wrongSecret.addresses().findByEmail("a@b.de"));
    assertThat(hmac.serviceError().orElseThrow().code()).isEqualTo(137);

    fake.failNextActions("modify", "address", 174, "Missing permission to perform modify call", 1);
    assertThat(
            catchThrowableOfType(
                PermissionException.class,
                () -> client.addresses().archive(fake.store().seedAddress(Map.of("Name", "x")))))
        .isNotNull();

    fake.rotateCredentials("another-token", "another-secret");
    AuthenticationException token =
        catchThrowableOfType(AuthenticationException.class, () -> client.tasks().get(1));
    assertThat(token.serviceError().orElseThrow().code()).isEqualTo(22);
  }

  @Test
  void reSignsAfterTheServerRejectsTheTimestampAndLearnsItsClock() {
    TestClock serverClock = TestClock.at(Instant.parse("2025-03-01T10:10:00Z"));
    try (FakeOnOffice skewed = FakeOnOffice.builder().clock(serverClock).start()) {
      OnOfficeClient skewedClient = client(skewed);

      assertThat(skewedClient.addresses().findByEmail("a@b.de")).isEmpty();
      assertThat(skewedClient.addresses().findByEmail("a@b.de")).isEmpty();

      assertThat(skewed.receivedActions())
          .extracting(a -> a.errorCode())
          .containsExactly(136, 0, 0);
      assertThat(skewed.receivedActions().get(0).hmac())
          .isNotEqualTo(skewed.receivedActions().get(1).hmac());
    }
  }

  @Test
  void neverRepeatsACreateWhoseResponseWasLost() {
    fake.faults().script(Fault.connectionResetAfterProcessing());

    assertThat(
            catchThrowableOfType(
                NetworkException.class,
                () -> client.addresses().create(NewAddress.builder().name("Once").build())))
        .isNotNull();

    assertThat(fake.store().addresses()).hasSize(1);
    assertThat(fake.journal().count("create-address")).isEqualTo(1);
  }

  @Test
  void survivesTransportFaultsOnReadsAndReportsBrokenBodies() {
    fake.store().seedAddress(Map.of("Name", "A", "email", "a@example.de"));
    fake.faults().script(Fault.status(503), Fault.connectionReset());

    assertThat(client.addresses().findByEmail("a@example.de")).hasSize(1);
    assertThat(fake.journal().count("read-address")).isEqualTo(3);

    fake.faults().script(Fault.malformedJson());
    assertThat(
            catchThrowableOfType(
                UnexpectedResponseException.class,
                () -> client.addresses().findByEmail("a@example.de")))
        .isNotNull()
        .isNotInstanceOf(NetworkException.class);

    fake.faults().script(Fault.expiredToken());
    assertThat(
            catchThrowableOfType(
                AuthenticationException.class,
                () -> client.addresses().findByEmail("a@example.de")))
        .isNotNull();
  }
}
