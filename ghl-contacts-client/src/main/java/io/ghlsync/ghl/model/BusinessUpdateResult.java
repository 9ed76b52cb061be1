package io.ghlsync.ghl.model;

import java.util.List;

/**
 * The outcome of adding contacts to, or removing them from, a business.
 *
 * @param success whether GHL reported success
 * @param ids the contact ids GHL updated
 */
public record BusinessUpdateResult(boolean success, List<String> ids) {}
