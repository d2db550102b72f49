package vn.thiduabot.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name a sender claims outbox rows under ({@link OutboxClaims}) when {@code thidua.outbox.instance-id}
 * is not set: the machine's host name (a container's is its own). Two instances on one machine must be
 * given distinct ids: on start an instance frees the claims left under its id by its earlier life.
 */
final class InstanceId {

    private InstanceId() {
    }

    static String ofThisMachine() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "thiduabot";
        }
    }
}
