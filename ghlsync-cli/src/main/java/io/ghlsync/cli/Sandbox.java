package io.ghlsync.cli;

import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import io.ghlsync.testkit.optmyzr.FakeOptmyzr;
import java.time.Duration;
import java.util.Map;

/**
 * Sandbox mode: the testkit's fake GHL, onOffice and Optmyzr on loopback inside this process, the
 * GHL location seeded with realistic contacts, tasks and notes, and one contact already present in
 * onOffice (so the run shows a duplicate being linked instead of created). The fakes forget
 * everything when the command ends, so the store is fresh each run too.
 */
final class Sandbox implements AutoCloseable {
  /**
   * Burst limit of the fakes: real GHL allows 100 requests per 10 s per location, the sandbox more
   * so that a run takes seconds. The clients follow the rate-limit headers either way.
   */
  static final int REQUESTS_PER_WINDOW = 2_000;

  /** The rate-limit window of the fakes. */
  static final Duration WINDOW = Duration.ofSeconds(10);

  final FakeGhl ghl;
  final FakeGhlLocation location;
  final FakeOnOffice onOffice;
  final FakeOptmyzr optmyzr;

  private Sandbox(int contacts) {
    ghl = FakeGhl.builder().seed(42).rateLimit(REQUESTS_PER_WINDOW, WINDOW).start();
    location = ghl.location(CliConfig.SANDBOX_LOCATION).seedContacts(contacts);
    onOffice = FakeOnOffice.start();
    optmyzr = FakeOptmyzr.builder().rateLimit(REQUESTS_PER_WINDOW, WINDOW).start();
    Map<String, Object> first = location.contact(location.seededContactId(0)).orElseThrow();
    onOffice.seedAddress(
        Map.of(
            "Vorname", String.valueOf(first.get("firstName")),
            "Name", String.valueOf(first.get("lastName")),
            "email", String.valueOf(first.get("email"))));
  }

  /**
   * Starts and seeds the fakes.
   *
   * @param contacts how many GHL contacts to seed
   * @return the running sandbox
   */
  static Sandbox start(int contacts) {
    return new Sandbox(contacts);
  }

  /**
   * A token of the sandbox location.
   *
   * @param scopes the scopes it grants
   * @return the token
   */
  String token(String... scopes) {
    return location.privateToken(scopes);
  }

  @Override
  public void close() {
    ghl.close();
    onOffice.close();
    optmyzr.close();
  }
}
