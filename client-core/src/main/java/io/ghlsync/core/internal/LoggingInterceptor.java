package io.ghlsync.core.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each attempt at DEBUG: method, redacted URL, status, duration; bodies only when enabled, and
 * then redacted. Credentials and personal data never reach the log.
 */
public final class LoggingInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.http");
  private static final long MAX_LOGGED_BODY = 16 * 1024;

  private final boolean logBodies;

  /**
   * Creates the interceptor.
   *
   * @param logBodies whether to log (redacted) bodies
   */
  public LoggingInterceptor(boolean logBodies) {
    this.logBodies = logBodies;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      Response response = chain.proceed(request);
      ResponseStatus.record(response.code());
      return response;
    }
    String target = request.method() + " " + Redaction.url(request.url());
    if (logBodies && request.body() != null) {
      LOG.debug("--> {} {}", target, Redaction.body(bodyText(request.body())));
    } else {
      LOG.debug("--> {}", target);
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      LOG.debug("<-- {} failed: {}", target, e.getClass().getSimpleName());
      throw e;
    }
    ResponseStatus.record(response.code());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    if (logBodies) {
      String text = response.peekBody(MAX_LOGGED_BODY).string();
      LOG.debug("<-- {} {} ({} ms) {}", response.code(), target, millis, Redaction.body(text));
    } else {
      LOG.debug("<-- {} {} ({} ms)", response.code(), target, millis);
    }
    return response;
  }

  private static String bodyText(RequestBody body) throws IOException {
    MediaType type = body.contentType();
    if (body.isOneShot() || body.contentLength() > MAX_LOGGED_BODY) {
      return "(" + body.contentLength() + " bytes)";
    }
    if (type != null
        && !"json".equals(type.subtype())
        && !"x-www-form-urlencoded".equals(type.subtype())) {
      return "(" + type + ")";
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readUtf8();
  }
}
