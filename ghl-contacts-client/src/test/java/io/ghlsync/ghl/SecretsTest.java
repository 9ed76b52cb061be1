package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.NetworkException;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void theTokenNeverAppearsInErrorsOrToString() {
    try (MockGhl ghl = new MockGhl()) {
      GhlClient.Builder builder = ghl.builder();
      GhlClient client = builder.build();
      ghl.enqueue(
          401,
          "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\","
              + "\"error\":\"Unauthorized\"}");

      Throwable error = catchThrowable(() -> client.contacts().get("c1"));

      assertThat(error).isInstanceOf(AuthenticationException.class);
      assertThat(ghl.take().getHeaders().get("Authorization")).contains(MockGhl.TOKEN);
      assertThat(stackTrace(error)).doesNotContain(MockGhl.TOKEN);
      assertThat(client.toString()).doesNotContain(MockGhl.TOKEN);
      assertThat(builder.toString()).doesNotContain(MockGhl.TOKEN).contains("credential=set");
      assertThat(client.httpStack().okHttp().toString()).doesNotContain(MockGhl.TOKEN);
    }
  }

  @Test
  void networkErrorsDoNotRevealTheToken() {
    MockGhl ghl = new MockGhl();
    GhlClient client = ghl.client();
    ghl.close();

    Throwable error = catchThrowable(() -> client.tasks().list("c1"));

    assertThat(error).isInstanceOf(NetworkException.class);
    assertThat(stackTrace(error)).doesNotContain(MockGhl.TOKEN);
  }

  @Test
  void contactRequestsDoNotPrintPersonalData() {
    CreateContactRequest create =
        CreateContactRequest.builder().email("ada@example.com").phone("+4915112345678").build();
    UpdateContactRequest update =
        UpdateContactRequest.builder().email("ada@example.com").clearPhone().build();

    assertThat(create.toString())
        .doesNotContain("ada@example.com")
        .doesNotContain("+4915112345678")
        .contains("email", "phone");
    assertThat(update.toString()).doesNotContain("ada@example.com").contains("phone");
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
