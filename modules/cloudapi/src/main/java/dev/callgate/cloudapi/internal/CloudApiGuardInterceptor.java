package dev.callgate.cloudapi.internal;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs outside the Fault Tolerance interceptor (whose priority is PLATFORM_AFTER + 10), so an open
 * circuit, a timeout or a full bulkhead reaches callers as {@code upstream_unavailable} instead of
 * a Fault Tolerance exception they would have to know about.
 */
@CloudApiGuard
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class CloudApiGuardInterceptor {

  @AroundInvoke
  public Object guard(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (Exception thrown) {
      throw CloudApiErrors.forCaller(thrown);
    }
  }
}
