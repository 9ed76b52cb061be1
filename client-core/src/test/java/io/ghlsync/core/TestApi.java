package io.ghlsync.core;

import io.ghlsync.core.internal.RequestTag;
import java.util.Map;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** A tiny Retrofit API used to drive the stack in tests. */
interface TestApi {
  @GET("items/{id}")
  Call<Map<String, Object>> get(@Path("id") String id, @Tag RequestTag options);

  @GET("items")
  Call<Map<String, Object>> find(@Query("email") String email, @Query("token") String token);

  @POST("items")
  Call<Map<String, Object>> create(@Body Map<String, Object> body, @Tag RequestTag options);

  static TestApi create(HttpStack stack, okhttp3.HttpUrl baseUrl) {
    OkHttpClient client = stack.okHttp();
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(TestApi.class);
  }
}
