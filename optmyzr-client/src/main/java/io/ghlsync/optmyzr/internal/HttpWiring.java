package io.ghlsync.optmyzr.internal;

import com.squareup.moshi.Moshi;
import io.ghlsync.core.ApiCalls;
import io.ghlsync.core.ClientConfig;
import io.ghlsync.core.CredentialProvider;
import io.ghlsync.core.ErrorMapper;
import io.ghlsync.core.HttpStack;
import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Builds the HTTP side of the two parts from core pieces: one {@link HttpStack} per part (retry,
 * shared rate limiter, authentication, redacting logging), Retrofit with Moshi on top, and the call
 * runner with the part's error mapping.
 */
public final class HttpWiring {
  private static final Moshi MOSHI = new Moshi.Builder().build();

  private HttpWiring() {}

  /**
   * The contacts contract: {@code RateLimit-*}/{@code X-RateLimit-*} headers, JSON accept, and
   * either {@code X-API-Key} or OAuth bearer tokens.
   *
   * @param config the transport configuration with the contract base URL
   * @param apiKey the API key source, or null when OAuth is used
   * @param oauth the token source, or null when an API key is used
   * @param stacks receives the stack built, so the client can close it
   * @return the Retrofit interface
   */
  public static ContractApi contractApi(
      ClientConfig config,
      @Nullable CredentialProvider<Secret> apiKey,
      @Nullable TokenProvider oauth,
      Consumer<HttpStack> stacks) {
    HttpStack.Builder stack =
        HttpStack.builder(config)
            .service("optmyzr")
            .rateLimitHeaders(new OptmyzrRateLimitHeaders())
            .header("Accept", "application/json");
    if (oauth != null) {
      stack.bearerTokens(oauth);
    } else if (apiKey != null) {
      stack.interceptor(new ApiKeyInterceptor(apiKey));
    }
    HttpStack built = stack.build();
    stacks.accept(built);
    return retrofit(config, built).create(ContractApi.class);
  }

  /**
   * The contract's call runner: contract error bodies, and the granted scopes of OAuth tokens.
   *
   * @param oauth the token source, or null when an API key is used (scopes unknown)
   * @return the runner
   */
  public static OptmyzrCalls contractCalls(@Nullable TokenProvider oauth) {
    return new OptmyzrCalls(
        new ApiCalls(new ContractErrorMapper(), new OptmyzrRateLimitHeaders()),
        oauth != null ? oauth::grantedScopes : Optional::empty);
  }

  /**
   * The User Data API with its {@code token} query parameter.
   *
   * @param config the transport configuration with the User Data base URL
   * @param token the token source
   * @param stacks receives the stack built, so the client can close it
   * @return the Retrofit interface
   */
  public static UserDataApi userDataApi(
      ClientConfig config, CredentialProvider<Secret> token, Consumer<HttpStack> stacks) {
    HttpStack stack =
        HttpStack.builder(config)
            .service("optmyzr")
            .interceptor(new UserDataTokenInterceptor(token))
            .build();
    stacks.accept(stack);
    return retrofit(config, stack).create(UserDataApi.class);
  }

  /**
   * The User Data API's call runner (status-based errors; no scopes).
   *
   * @return the runner
   */
  public static OptmyzrCalls userDataCalls() {
    return new OptmyzrCalls(
        new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ietf()), Optional::empty);
  }

  private static Retrofit retrofit(ClientConfig config, HttpStack stack) {
    return new Retrofit.Builder()
        .baseUrl(config.baseUrl())
        .client(stack.okHttp())
        .addConverterFactory(ApiCalls.readable(MoshiConverterFactory.create(MOSHI)))
        .build();
  }
}
