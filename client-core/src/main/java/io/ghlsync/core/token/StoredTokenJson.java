package io.ghlsync.core.token;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.ghlsync.core.Secret;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The one serialized form of a {@link StoredToken} (UTF-8 JSON), used by the file store and as the
 * plaintext the encrypted store seals. Unknown fields are skipped so newer writers stay readable.
 */
final class StoredTokenJson {
  static final int VERSION = 1;

  private StoredTokenJson() {}

  static byte[] write(StoredToken token) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.beginObject();
      w.name("version").value(VERSION);
      w.name("accessToken").value(token.accessToken().reveal());
      if (token.refreshToken().isPresent()) {
        w.name("refreshToken").value(token.refreshToken().get().reveal());
      }
      if (token.expiresAt().isPresent()) {
        w.name("expiresAt").value(token.expiresAt().get().toString());
      }
      w.name("scopes").beginArray();
      for (String scope : token.scopes()) {
        w.value(scope);
      }
      w.endArray();
      optional(w, "userType", token.userType().orElse(null));
      optional(w, "locationId", token.locationId().orElse(null));
      optional(w, "companyId", token.companyId().orElse(null));
      w.name("attributes").beginObject();
      for (Map.Entry<String, String> e : token.attributes().entrySet()) {
        w.name(e.getKey()).value(e.getValue());
      }
      w.endObject();
      w.endObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to an in-memory buffer cannot fail", e);
    }
    return buffer.readByteArray();
  }

  /**
   * Parses a serialized token.
   *
   * @throws IOException if the bytes are not a complete, valid token document
   */
  static StoredToken read(byte[] bytes) throws IOException {
    Fields f = new Fields();
    try (JsonReader r = JsonReader.of(new Buffer().write(bytes))) {
      r.beginObject();
      while (r.hasNext()) {
        readField(r, r.nextName(), f);
      }
      r.endObject();
      if (r.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("trailing content after the token document");
      }
    } catch (JsonDataException | DateTimeException | IllegalArgumentException e) {
      throw new IOException("malformed token document: " + e.getClass().getSimpleName(), e);
    }
    if (f.accessToken == null) {
      throw new IOException("token document has no accessToken");
    }
    StoredToken.Builder b = StoredToken.builder(Secret.of(f.accessToken, "accessToken"));
    if (f.refreshToken != null) {
      b.refreshToken(Secret.of(f.refreshToken, "refreshToken"));
    }
    if (f.expiresAt != null) {
      b.expiresAt(f.expiresAt);
    }
    b.scopes(f.scopes);
    if (f.userType != null) {
      b.userType(f.userType);
    }
    if (f.locationId != null) {
      b.locationId(f.locationId);
    }
    if (f.companyId != null) {
      b.companyId(f.companyId);
    }
    for (int i = 0; i < f.attributeNames.size(); i++) {
      b.attribute(f.attributeNames.get(i), f.attributeValues.get(i));
    }
    return b.build();
  }

  private static void readField(JsonReader r, String name, Fields f) throws IOException {
    switch (name) {
      case "version" -> {
        int version = r.nextInt();
        if (version > VERSION) {
          throw new IOException("token document version " + version + " is newer than supported");
        }
      }
      case "accessToken" -> f.accessToken = r.nextString();
      case "refreshToken" -> f.refreshToken = r.nextString();
      case "expiresAt" -> f.expiresAt = Instant.parse(r.nextString());
      case "scopes" -> {
        r.beginArray();
        while (r.hasNext()) {
          f.scopes.add(r.nextString());
        }
        r.endArray();
      }
      case "userType" -> f.userType = r.nextString();
      case "locationId" -> f.locationId = r.nextString();
      case "companyId" -> f.companyId = r.nextString();
      case "attributes" -> {
        r.beginObject();
        while (r.hasNext()) {
          f.attributeNames.add(r.nextName());
          f.attributeValues.add(r.nextString());
        }
        r.endObject();
      }
      default -> r.skipValue();
    }
  }

  private static void optional(JsonWriter w, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      w.name(name).value(value);
    }
  }

  /** Mutable holder while parsing. */
  private static final class Fields {
    @Nullable String accessToken;
    @Nullable String refreshToken;
    @Nullable Instant expiresAt;
    final List<String> scopes = new ArrayList<>();
    @Nullable String userType;
    @Nullable String locationId;
    @Nullable String companyId;
    final List<String> attributeNames = new ArrayList<>();
    final List<String> attributeValues = new ArrayList<>();
  }
}
