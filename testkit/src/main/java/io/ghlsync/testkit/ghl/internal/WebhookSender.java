package io.ghlsync.testkit.ghl.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** POSTs one signed webhook body with OkHttp, as GHL's delivery service does. */
final class WebhookSender {
  private static final MediaType JSON = MediaType.get("application/json");

  private @Nullable OkHttpClient client;

  private synchronized OkHttpClient client() {
    OkHttpClient current = client;
    if (current == null) {
      current =
          new OkHttpClient.Builder()
              .callTimeout(Duration.ofSeconds(10))
              .retryOnConnectionFailure(false)
              .build();
      client = current;
    }
    return current;
  }

  /** Releases the client's threads and connections, if it was ever used. */
  synchronized void close() {
    OkHttpClient current = client;
    if (current != null) {
      current.dispatcher().executorService().shutdown();
      current.connectionPool().evictAll();
    }
  }

  /**
   * Sends a body.
   *
   * @param endpoint the receiver
   * @param body the exact bytes
   * @param signature the base64 Ed25519 signature
   * @return the receiver's status, or 0 when it could not be reached
   */
  int post(URI endpoint, byte[] body, String signature) {
    Request request =
        new Request.Builder()
            .url(endpoint.toString())
            .header("X-GHL-Signature", signature)
            .header("User-Agent", "ghlsync-testkit-fake-ghl")
            .post(RequestBody.create(body, JSON))
            .build();
    try (Response response = client().newCall(request).execute()) {
      return response.code();
    } catch (IOException e) {
      return 0;
    }
  }
}
