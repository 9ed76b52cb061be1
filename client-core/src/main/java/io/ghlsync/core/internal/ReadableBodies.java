package io.ghlsync.core.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps a Retrofit converter factory so that a 2xx body the converter cannot read raises {@link
 * UnreadableBody} with the text, instead of an I/O error that looks like a network failure. Valid
 * JSON of the wrong shape keeps the converter's own exception.
 */
public final class ReadableBodies extends Converter.Factory {
  private final Converter.Factory delegate;

  /**
   * Wraps a factory.
   *
   * @param delegate the converter factory that does the reading
   */
  public ReadableBodies(Converter.Factory delegate) {
    this.delegate = delegate;
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> inner = delegate.responseBodyConverter(type, annotations, retrofit);
    if (inner == null) {
      return null;
    }
    return body -> {
      MediaType contentType = body.contentType();
      String text = body.string();
      try {
        return inner.convert(ResponseBody.create(text, contentType));
      } catch (IOException e) {
        // Malformed or empty: the converter's own data errors (wrong shape) pass unchanged.
        throw new UnreadableBody(text, e);
      }
    };
  }

  @Override
  public @Nullable Converter<?, okhttp3.RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  @Override
  public @Nullable Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    return delegate.stringConverter(type, annotations, retrofit);
  }

  /** A 2xx body that could not be converted; carries the text for the error. */
  public static final class UnreadableBody extends IOException {
    private static final long serialVersionUID = 1L;

    private final String text;

    UnreadableBody(String text, Throwable cause) {
      super("unreadable response body", cause);
      this.text = text;
    }

    /**
     * The body as received.
     *
     * @return the text
     */
    public String text() {
      return text;
    }
  }
}
