package io.ghlsync.ghl.oauth;

import java.util.List;

/**
 * One page of {@code GET /oauth/installedLocations}.
 *
 * @param locations the locations on this page
 * @param count the total number of locations under the company
 * @param installToFutureLocations whether new locations get the app automatically
 */
public record InstalledLocations(
    List<InstalledLocation> locations, long count, boolean installToFutureLocations) {

  /**
   * Copies the list.
   *
   * @param locations the locations on this page
   * @param count the total number of locations under the company
   * @param installToFutureLocations whether new locations get the app automatically
   */
  public InstalledLocations {
    locations = List.copyOf(locations);
  }
}
