package io.ghlsync.ghl;

import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.model.FollowersResult;
import java.util.List;

/** Users following a contact ({@code /contacts/{contactId}/followers}). */
public final class FollowersService {
  private final GhlTransport transport;
  private final ContactLinksApi api;

  FollowersService(GhlTransport transport, ContactLinksApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Adds followers (scope contacts.write). Safe to repeat.
   *
   * @param contactId the contact id
   * @param userIds the users
   * @return the followers afterwards and those added
   */
  public FollowersResult add(String contactId, List<String> userIds) {
    String c = PathSegments.id(contactId, "contactId");
    Bodies.FollowersBody body =
        new Bodies.FollowersBody(PathSegments.ids(userIds, "userIds", Integer.MAX_VALUE));
    return transport.execute(GhlOperation.FOLLOWERS_ADD, null, o -> api.addFollowers(c, body, o));
  }

  /**
   * Removes followers (scope contacts.write).
   *
   * @param contactId the contact id
   * @param userIds the users
   * @return the followers afterwards and those removed
   */
  public FollowersResult remove(String contactId, List<String> userIds) {
    String c = PathSegments.id(contactId, "contactId");
    Bodies.FollowersBody body =
        new Bodies.FollowersBody(PathSegments.ids(userIds, "userIds", Integer.MAX_VALUE));
    return transport.execute(
        GhlOperation.FOLLOWERS_REMOVE, null, o -> api.removeFollowers(c, body, o));
  }
}
