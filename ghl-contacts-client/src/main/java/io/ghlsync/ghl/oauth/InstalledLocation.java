package io.ghlsync.ghl.oauth;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One location of an agency, as listed by {@code GET /oauth/installedLocations} ({@code
 * InstalledLocationSchema}).
 */
public final class InstalledLocation {
  private final String id;
  private final String name;
  private final String address;
  private final boolean isInstalled;
  private final @Nullable String versionId;
  private final @Nullable Instant installedAt;

  InstalledLocation(
      String id,
      String name,
      String address,
      boolean isInstalled,
      @Nullable String versionId,
      @Nullable Instant installedAt) {
    this.id = id;
    this.name = name;
    this.address = address;
    this.isInstalled = isInstalled;
    this.versionId = versionId;
    this.installedAt = installedAt;
  }

  /**
   * {@code _id}: the location id.
   *
   * @return the location id
   */
  public String id() {
    return id;
  }

  /**
   * {@code name}; empty if GHL sent none.
   *
   * @return the location name, empty if GHL sent none
   */
  public String name() {
    return name;
  }

  /**
   * {@code address}; empty if GHL sent none.
   *
   * @return the location address, empty if GHL sent none
   */
  public String address() {
    return address;
  }

  /**
   * {@code isInstalled}: whether the app is installed on this location.
   *
   * @return true if the app is installed on this location
   */
  public boolean isInstalled() {
    return isInstalled;
  }

  /**
   * {@code versionId}: the installed app version, when given.
   *
   * @return the version id, empty if GHL sent none
   */
  public Optional<String> versionId() {
    return Optional.ofNullable(versionId);
  }

  /**
   * {@code installedAt}, when given and readable.
   *
   * @return the installation time, empty if GHL sent none or it could not be read
   */
  public Optional<Instant> installedAt() {
    return Optional.ofNullable(installedAt);
  }

  @Override
  public String toString() {
    return "InstalledLocation[id=" + id + ", isInstalled=" + isInstalled + "]";
  }
}
