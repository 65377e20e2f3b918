package dev.callgate.calls;

/**
 * Missed customers' calls to return (R7). A task is opened for the first agent of the chain when a
 * customer's call is missed by agent and the number's callback requests are on, and closed by the
 * next connected call with that customer, either direction. A callback is an ordinary business
 * call: the pre-flight and the permission apply.
 */
public interface CallbackTasks {

  /**
   * The business's tasks, newest first.
   *
   * @param agentId only this agent's, or all when null
   * @param status only OPEN or DONE ones, or both when null
   */
  Page<CallbackTaskView> tasks(
      long businessId, Long agentId, CallbackStatus status, int page, int size);
}
