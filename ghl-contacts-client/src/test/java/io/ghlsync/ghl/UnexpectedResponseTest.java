package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ghlsync.core.NetworkException;
import io.ghlsync.core.UnexpectedResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnexpectedResponseTest {
  private final MockGhl ghl = new MockGhl();
  private final GhlClient client = ghl.client();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void anEmptySuccessBodyIsATypedErrorThatIsNotRetried() {
    ghl.enqueue(200, "");
    ghl.enqueue(200, "{}");

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client.contacts().get("c1"));

    assertThat(e).isNotInstanceOf(NetworkException.class).hasMessageContaining("empty body");
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.operation()).contains("/contacts/{contactId}");
    assertThat(e.isRetryable()).isFalse();
    assertThat(ghl.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aNonJsonSuccessBodyKeepsStatusAndATruncatedRedactedBody() {
    ghl.enqueue(201, "<html>Welcome Jane Doe " + "x".repeat(2000) + "</html>");

    UnexpectedResponseException e =
        catchThrowableOfType(
            UnexpectedResponseException.class,
            () ->
                client
                    .notes()
                    .create(
                        "c1", io.ghlsync.ghl.model.CreateNoteRequest.builder().body("b").build()));

    assertThat(e.statusCode()).isEqualTo(201);
    assertThat(e.getMessage()).contains("HTTP 201", "cannot be read").doesNotContain("Jane");
    assertThat(e.rawBody()).get().asString().hasSizeLessThan(600).doesNotContain("Jane");
    assertThat(ghl.server.getRequestCount()).isEqualTo(1);
  }
}
