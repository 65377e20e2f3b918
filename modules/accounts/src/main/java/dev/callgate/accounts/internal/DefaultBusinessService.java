package dev.callgate.accounts.internal;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.BusinessView;
import dev.callgate.accounts.NumberView;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultBusinessService implements BusinessService {

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Override
  public Optional<BusinessView> business(long businessId) {
    return Optional.ofNullable(em.find(Business.class, businessId)).map(Business::view);
  }

  @Override
  public List<BusinessView> businesses() {
    return em.createQuery("select b from Business b order by b.id", Business.class)
        .getResultStream()
        .map(Business::view)
        .toList();
  }

  @Override
  public List<NumberView> numbers(long businessId) {
    return em.createNamedQuery(PhoneNumber.BY_BUSINESS, PhoneNumber.class)
        .setParameter("business", businessId)
        .getResultStream()
        .map(PhoneNumber::view)
        .toList();
  }

  @Override
  public Optional<NumberView> number(long businessId, String numberId) {
    return Optional.ofNullable(numberId)
        .map(id -> em.find(PhoneNumber.class, id))
        .filter(n -> n.businessId() == businessId)
        .map(PhoneNumber::view);
  }

  @Override
  public Optional<NumberView> numberById(String numberId) {
    return Optional.ofNullable(numberId)
        .map(id -> em.find(PhoneNumber.class, id))
        .map(PhoneNumber::view);
  }
}
