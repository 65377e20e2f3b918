package dev.callgate.billing;

import java.util.List;

/**
 * One page of a wallet's ledger, newest line first.
 *
 * @param page the page number, counted from 0
 * @param total how many lines match, on every page together
 */
public record LedgerPage(List<LedgerEntryView> items, int page, int size, long total) {}
