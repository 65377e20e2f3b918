package dev.callgate.calls.internal;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** The paging every list of this module accepts: pages from 0, 1 to 100 items each. */
final class PageRequest {

  static final int MAX_SIZE = 100;

  private PageRequest() {}

  static void check(int page, int size) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0) {
      problems.add(new FieldProblem("page", "must be at least 0"));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
    }
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
  }
}
