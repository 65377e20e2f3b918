package dev.callgate.accounts.internal;

import dev.callgate.accounts.NumberSettingsWebhooks;
import dev.callgate.accounts.NumberView;
import dev.callgate.cloudapi.webhook.AccountSettingsUpdate;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultNumberSettingsWebhooks implements NumberSettingsWebhooks {

  private static final Set<String> SWITCH = Set.of("ENABLED", "DISABLED");
  private static final Set<String> ICONS = Set.of("DEFAULT", "DISABLE_ALL");

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Override
  public NumberView apply(AccountSettingsUpdate update) {
    List<FieldProblem> problems = new ArrayList<>();
    String voice = checked("status", update.status(), SWITCH, problems);
    String icons = checked("call_icon_visibility", update.callIconVisibility(), ICONS, problems);
    String callback =
        checked("callback_permission_status", update.callbackPermissionStatus(), SWITCH, problems);
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    PhoneNumber number =
        em.find(PhoneNumber.class, update.phoneNumberId(), LockModeType.PESSIMISTIC_WRITE);
    if (number == null) {
      throw CallingException.of(
          ErrorCode.NOT_FOUND, "No number with phone number id " + update.phoneNumberId());
    }
    number.followUpstream(voice, icons, callback);
    return number.view();
  }

  private static String checked(
      String field, String value, Set<String> allowed, List<FieldProblem> problems) {
    if (value == null) {
      return null;
    }
    String upper = value.strip().toUpperCase();
    if (!allowed.contains(upper)) {
      problems.add(new FieldProblem(field, "'" + value + "' is not one of " + allowed));
    }
    return upper;
  }
}
