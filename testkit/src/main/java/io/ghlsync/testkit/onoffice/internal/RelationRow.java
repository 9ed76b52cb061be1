package io.ghlsync.testkit.onoffice.internal;

/**
 * One stored relation.
 *
 * @param type the relation type URN
 * @param parent the parent id
 * @param child the child id
 */
public record RelationRow(String type, long parent, long child) {}
