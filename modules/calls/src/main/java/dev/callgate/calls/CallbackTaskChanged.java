package dev.callgate.calls;

/**
 * A callback task was opened, saw another missed call, or was closed by a connected call: the
 * console refreshes the task list of {@code task.agentId()}. Fired inside the transaction that made
 * the change; observe it with {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record CallbackTaskChanged(long businessId, CallbackTaskView task) {}
