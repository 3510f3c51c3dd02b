# The secretariat's view of the job queue (mail).
jobs-title = Mail queue
jobs-intro = Every mail waits here until it is sent. A failed one keeps its error; retry it once the cause is fixed.
jobs-state-pending = Waiting
jobs-state-running = Sending
jobs-state-done = Sent
jobs-state-failed = Failed
jobs-none = No jobs in this state.
jobs-kind = Kind
jobs-to = To
jobs-attempts = Attempts
jobs-when = Next attempt
jobs-error = Error
jobs-retry = Retry
