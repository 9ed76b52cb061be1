package io.ghlsync.ghl.oauth.internal;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Runs google-http-client requests on the client's OkHttp stack, so that the token endpoint gets
 * the same proxy, timeouts, connection pool and redacting logs as every other call, and error
 * bodies are readable for every status (the JDK connection drops the body of a 401 to a streamed
 * POST). The stack's timeouts apply; google-http-client's own timeout settings are ignored.
 */
public final class OkHttpTransport extends HttpTransport {
  private final OkHttpClient client;

  /**
   * Creates the transport.
   *
   * @param client the OkHttp stack to send through
   */
  public OkHttpTransport(OkHttpClient client) {
    this.client = client;
  }

  @Override
  protected LowLevelHttpRequest buildRequest(String method, String url) {
    return new Call(client, method, url);
  }

  private static final class Call extends LowLevelHttpRequest {
    private final OkHttpClient client;
    private final String method;
    private final String url;
    private final Headers.Builder headers = new Headers.Builder();

    Call(OkHttpClient client, String method, String url) {
      this.client = client;
      this.method = method;
      this.url = url;
    }

    @Override
    public void addHeader(String name, String value) {
      headers.add(name, value);
    }

    @Override
    public LowLevelHttpResponse execute() throws IOException {
      RequestBody body = null;
      if (getStreamingContent() != null) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        getStreamingContent().writeTo(bytes);
        String type = getContentType();
        body = RequestBody.create(bytes.toByteArray(), type == null ? null : MediaType.parse(type));
        if (getContentEncoding() != null) {
          headers.set("Content-Encoding", getContentEncoding());
        }
      } else if (requiresBody(method)) {
        body = RequestBody.create(new byte[0], null);
      }
      Request request =
          new Request.Builder().url(url).headers(headers.build()).method(method, body).build();
      return new Answer(client.newCall(request).execute());
    }

    private static boolean requiresBody(String method) {
      return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
  }

  private static final class Answer extends LowLevelHttpResponse {
    private final Response response;

    Answer(Response response) {
      this.response = response;
    }

    @Override
    public @Nullable InputStream getContent() {
      ResponseBody body = response.body();
      return body.byteStream();
    }

    @Override
    public @Nullable String getContentEncoding() {
      return response.header("Content-Encoding");
    }

    @Override
    public long getContentLength() {
      return response.body().contentLength();
    }

    @Override
    public @Nullable String getContentType() {
      return response.header("Content-Type");
    }

    @Override
    public String getStatusLine() {
      return "HTTP/1.1 " + response.code() + " " + response.message();
    }

    @Override
    public int getStatusCode() {
      return response.code();
    }

    @Override
    public String getReasonPhrase() {
      return response.message();
    }

    @Override
    public int getHeaderCount() {
      return response.headers().size();
    }

    @Override
    public String getHeaderName(int index) {
      return response.headers().name(index);
    }

    @Override
    public String getHeaderValue(int index) {
      return response.headers().value(index);
    }

    @Override
    public void disconnect() {
      response.close();
    }
  }
}
