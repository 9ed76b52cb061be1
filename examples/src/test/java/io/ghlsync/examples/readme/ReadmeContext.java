package io.ghlsync.examples.readme;

import com.sun.net.httpserver.HttpExchange;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.sync.SyncListener;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Queue;

/**
 * What the README's snippets take from the application around them: each snippet compiles as the
 * body of a method of a subclass, so these names are in scope. Never run, only compiled.
 */
public abstract class ReadmeContext {
  /** A secret store of the host application. */
  public interface Vault {
    /**
     * The onOffice token.
     *
     * @return the token
     */
    String token();

    /**
     * The onOffice secret.
     *
     * @return the secret
     */
    String secret();

    /**
     * A named secret.
     *
     * @param name its name
     * @return the secret
     */
    String read(String name);
  }

  protected String clientId;
  protected String clientSecret;
  protected String stateParam;
  protected String codeParam;
  protected String locationId;
  protected String ghlContactId;
  protected String snapshotHash;
  protected Path dir;
  protected Queue<String> queue;
  protected HttpExchange exchange;
  protected Vault vault;
  protected Instant tomorrow;
  protected Instant lastSync;
  protected GhlClient ghlClient;
  protected OnOfficeClient onOfficeClient;
  protected SyncListener progress;
}
