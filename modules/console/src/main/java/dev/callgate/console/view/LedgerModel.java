package dev.callgate.console.view;

import dev.callgate.billing.LedgerEntryView;
import dev.callgate.billing.WalletService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A wallet's ledger for a paged table, newest line first: each page is one ledger query, so a
 * wallet with years of calls is never loaded whole.
 */
public class LedgerModel extends LazyDataModel<LedgerEntryView> {

  private static final long serialVersionUID = 1L;

  private final WalletService wallets;
  private final long businessId;

  LedgerModel(WalletService wallets, long businessId) {
    this.wallets = wallets;
    this.businessId = businessId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(wallets.ledger(businessId, null, null, 0, 1).total());
  }

  @Override
  public List<LedgerEntryView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return wallets.ledger(businessId, null, null, first / pageSize, pageSize).items();
  }

  @Override
  public String getRowKey(LedgerEntryView line) {
    return String.valueOf(line.id());
  }
}
