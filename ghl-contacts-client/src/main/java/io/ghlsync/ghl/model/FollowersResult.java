package io.ghlsync.ghl.model;

import java.util.List;

/**
 * The followers of a contact after adding or removing some.
 *
 * @param followers all followers now
 * @param followersAdded the users added by this call (add only)
 * @param followersRemoved the users removed by this call (remove only)
 */
public record FollowersResult(
    List<String> followers, List<String> followersAdded, List<String> followersRemoved) {}
