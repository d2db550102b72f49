package vn.thiduabot.reminder;

import vn.thiduabot.campaign.Campaign;

/**
 * Who gets one kind of reminder, and what it says. Implementations find the people who still owe
 * the task and hand each message to {@link Deliveries}, which sends it at most once per person.
 */
interface ReminderAudience {

    ReminderKind kind();

    void deliver(ReminderOccurrence occurrence, Campaign campaign, Deliveries deliveries);
}
