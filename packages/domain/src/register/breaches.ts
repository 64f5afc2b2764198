/** Art. 33(1) GDPR: the controller notifies the authority within 72 hours of becoming aware. */
export const authorityNotificationHours = 72;

const hourInMilliseconds = 60 * 60 * 1000;

/**
 * The moment the controller must have notified the supervisory authority: 72 hours of
 * elapsed time after it became aware. Computed on UTC milliseconds, so a change to or from
 * summer time in between does not move the deadline by an hour (72 hours stay 72 hours,
 * even when the clock on the wall shows 71 or 73 hours difference).
 */
export function authorityNotificationDeadline(controllerAwareAt: Date): Date {
  const time = controllerAwareAt.getTime();
  if (Number.isNaN(time)) throw new RangeError("controllerAwareAt is not a valid date");
  return new Date(time + authorityNotificationHours * hourInMilliseconds);
}
