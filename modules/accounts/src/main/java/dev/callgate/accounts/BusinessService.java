package dev.callgate.accounts;

import java.util.List;
import java.util.Optional;

/** Businesses and their phone numbers. */
public interface BusinessService {

  Optional<BusinessView> business(long businessId);

  List<BusinessView> businesses();

  /** The numbers of one business, ordered by display number. */
  List<NumberView> numbers(long businessId);

  /** A number of this business; empty for an unknown number or another business's (A2). */
  Optional<NumberView> number(long businessId, String numberId);

  /**
   * A number by its Cloud API id alone, for webhooks, which name the number but not the business.
   * Never use it on behalf of a caller: it is not scoped to one business.
   */
  Optional<NumberView> numberById(String numberId);
}
