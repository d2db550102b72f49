package vn.thiduabot.notification;

import java.time.Duration;

/** Waiting between retries; tests replace it to see the waits without spending them. */
interface Pause {

    Pause SLEEP = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
