package vn.thiduabot.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.TitleRules;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.commendation.CommendationStore.BallotRow;
import vn.thiduabot.commendation.CommendationStore.ItemRow;
import vn.thiduabot.commendation.CommendationStore.VoteRow;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The council's vote (bình xét) on the proposals whose titles need one. Ballots are secret: a member
 * sees only their own choices, the secretary only how many members have voted, and everyone the
 * counts once the vote is closed.
 *
 * <p>Shares are counted over ALL council members as they were when the vote opened, not over those
 * who voted. A member who is the candidate does not vote on their own proposal, and that proposal's
 * share is counted over the other members (council size minus one): they can neither help nor hurt
 * their own result.
 *
 * <p>Closing: by the secretary, or at the configured time. The time is checked by {@link VoteCloser}
 * every 30 seconds and also before any ballot or vote screen is handled, so no ballot counts after
 * the closing time even if the check has not run yet.
 */
@Service
class Votes {

    private static final Logger log = LoggerFactory.getLogger(Votes.class);
    static final String BALLOT_ACTION = "com.ballot";
    static final int ITEMS_PER_BALLOT = 20;

    private final CommendationStore store;
    private final Commendations service;
    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final PersonDirectory users;
    private final Messenger messenger;
    private final CommendationTexts t;
    private final MinutesDocument minutes;
    private final BallotSecrecy secrecy;
    private final WrittenBallots written;

    Votes(CommendationStore store, Commendations service, Campaigns campaigns, StaffDirectory staff, PersonDirectory users,
          Messenger messenger, CommendationTexts t, MinutesDocument minutes, BallotSecrecy secrecy, WrittenBallots written) {
        this.secrecy = secrecy;
        this.written = written;
        this.store = store;
        this.service = service;
        this.campaigns = campaigns;
        this.staff = staff;
        this.users = users;
        this.messenger = messenger;
        this.t = t;
        this.minutes = minutes;
    }

    /** Proposals that need the council's vote and have no result for their current title yet. */
    @Transactional(readOnly = true)
    List<Proposal> toVote(Campaign c) {
        Commendations.ListView v = service.view(c);
        return v.proposals().stream()
                .filter(p -> c.commendation().needsVote(p.titleCode()))
                .filter(p -> {
                    RuleCheck.VoteResult r = v.votes().get(p.id());
                    return r == null || !r.titleCode().equals(p.titleCode());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    List<StaffView> council() {
        return staff.withRole(Role.COUNCIL);
    }

    record Opened(long voteId, int items, int council, List<String> unlinked) { }

    /** Opens a vote and sends every linked council member their ballot. */
    @Transactional(noRollbackFor = Commendations.Refused.class)
    Opened open(Campaign c, String place, LocalDate date, Instant closesAt, long secretary) {
        if (!store.list(c.schoolYear()).editable()) {
            throw new Commendations.Refused("commendation.list.locked-submitted");
        }
        if (store.openVote(c.schoolYear()).isPresent()) {
            throw new Commendations.Refused("commendation.vote.already-open");
        }
        List<Proposal> proposals = toVote(c);
        List<StaffView> council = council();
        if (proposals.isEmpty()) {
            throw new Commendations.Refused("commendation.vote.nothing");
        }
        if (council.isEmpty()) {
            throw new Commendations.Refused("commendation.vote.no-council");
        }
        long id = store.insertVote(c.schoolYear(), place, date, closesAt, secretary, service.now(), council.size());
        council.forEach(m -> store.insertMember(id, m.staffId()));
        int pos = 0;
        for (Proposal p : proposals) {
            store.insertItem(id, p, ++pos, p.subjectName(), c.commendation().voteThreshold(p.titleCode()).orElseThrow());
        }
        VoteRow vote = store.vote(id).orElseThrow();
        List<ItemRow> items = store.items(id);
        List<String> unlinked = new ArrayList<>();
        for (StaffView m : council) {
            if (m.chatUser().isEmpty() || m.chatUser().get().chatId() == null) {
                unlinked.add(m.fullName());
                continue;
            }
            sendBallot(m.chatUser().get(), c, vote, items, null);
        }
        log.info("Staff #{} opened vote #{} ({} proposals, council of {})", secretary, id, items.size(), council.size());
        return new Opened(id, items.size(), council.size(), unlinked);
    }

    /** Sends (or, with an update id, edits in place) every page of one member's ballot. */
    void sendBallot(Person member, Campaign c, VoteRow vote, List<ItemRow> items, Long editUpdate) {
        Map<Long, Boolean> mine = new HashMap<>();
        Map<Long, Boolean> written = new HashMap<>();
        for (BallotRow b : store.ballots(vote.id())) {
            if (b.voterStaffId() == member.staffId()) {
                mine.put(b.itemId(), b.yes());
                written.put(b.itemId(), b.written());
            }
        }
        Locale l = member.locale();
        for (int page = 0; page * ITEMS_PER_BALLOT < items.size(); page++) {
            List<ItemRow> slice = items.subList(page * ITEMS_PER_BALLOT, Math.min(items.size(), (page + 1) * ITEMS_PER_BALLOT));
            StringBuilder b = new StringBuilder(t.text(l, "commendation.ballot.header", c.schoolYear(), vote.place(),
                    Texts.date(vote.meetingDate()), closing(l, c, vote)));
            for (ItemRow i : slice) {
                b.append('\n').append(i.position()).append(". ").append(itemLabel(l, c, i)).append(": ");
                if (i.candidateStaffId() != null && i.candidateStaffId() == member.staffId()) {
                    b.append(t.text(l, "commendation.ballot.own"));
                } else if (!mine.containsKey(i.id())) {
                    b.append(t.text(l, "commendation.ballot.none"));
                } else {
                    b.append(t.text(l, mine.get(i.id()) ? "commendation.ballot.yes" : "commendation.ballot.no"));
                }
            }
            String key = ballotKey(vote.id(), member.staffId(), page);
            Reply r = messenger.toLiteral(recipient(member), b.toString()).sensitive();
            if (editUpdate == null) {
                r.key(key);
            } else {
                r.key(key + "-e" + editUpdate).replacing(key);
            }
            for (ItemRow i : slice) {
                if (i.candidateStaffId() != null && i.candidateStaffId() == member.staffId()) {
                    continue;
                }
                String n = String.valueOf(i.position());
                r.button(t.text(l, "commendation.ballot.yes-button", n), BALLOT_ACTION, vote.id() + "|" + i.id() + "|Y|" + page)
                        .button(t.text(l, "commendation.ballot.no-button", n), BALLOT_ACTION, vote.id() + "|" + i.id() + "|N|" + page)
                        .row();
            }
            r.send();
        }
    }

    private String closing(Locale l, Campaign c, VoteRow vote) {
        return vote.closesAt() == null ? t.text(l, "commendation.ballot.closes-manually")
                : t.text(l, "commendation.ballot.closes-at", VoteInput.dateTime(vote.closesAt(), c.zone()));
    }

    String itemLabel(Locale l, Campaign c, ItemRow i) {
        return t.text(l, i.kind() == Proposal.Kind.INDIVIDUAL ? "commendation.ballot.item-person" : "commendation.ballot.item-team",
                i.subject(), t.title(c, i.titleCode()));
    }

    static String ballotKey(long voteId, long staffId, int page) {
        return "com-ballot-" + voteId + "-" + staffId + "-" + page;
    }

    static Reply.Recipient recipient(Person u) {
        return new Reply.Recipient(u.chatId(), u.telegramUserId(), u.locale());
    }

    /** What a member's button press did: a message key for the toast. */
    @Transactional(noRollbackFor = Commendations.Refused.class)
    String cast(Person member, long voteId, long itemId, boolean yes, long updateId) {
        closeDue();
        Optional<VoteRow> vote = store.vote(voteId);
        if (vote.isEmpty()) {
            return "error.button-stale";
        }
        if (!vote.get().open()) {
            return "commendation.ballot.closed";
        }
        if (!store.members(voteId).contains(member.staffId())) {
            return "commendation.ballot.not-member";
        }
        Optional<ItemRow> item = store.item(itemId).filter(i -> i.voteId() == voteId);
        if (item.isEmpty()) {
            return "error.button-stale";
        }
        if (item.get().candidateStaffId() != null && item.get().candidateStaffId() == member.staffId()) {
            return "commendation.ballot.own-refused";
        }
        // The member's own vote replaces the secretary's record of their written ballot (who and when are kept).
        boolean replacesWritten = store.writtenBy(itemId, member.staffId()).isPresent();
        store.saveBallot(itemId, member.staffId(), yes, false, null, member.staffId(), service.now());
        if (replacesWritten) {
            written.replaced(voteId, member.staffId(), service.now());
        }
        Campaign c = campaigns.forYear(vote.get().schoolYear()).orElse(service.campaign());
        sendBallot(member, c, vote.get(), store.items(voteId), updateId);
        if (replacesWritten) {
            return "decision.written.replaced";
        }
        return yes ? "commendation.ballot.saved-yes" : "commendation.ballot.saved-no";
    }

    /** Where the open vote stands, without revealing any ballot: how many members have voted. */
    record Status(VoteRow vote, List<ItemRow> items, List<StaffView> members, Set<Long> votedInBot, Set<Long> votedInWriting) { }

    @Transactional(noRollbackFor = Commendations.Refused.class)
    Optional<Status> status(String year) {
        closeDue();
        return store.openVote(year).map(v -> {
            Set<Long> bot = new HashSet<>();
            Set<Long> written = new HashSet<>();
            for (BallotRow b : store.ballots(v.id())) {
                (b.written() ? written : bot).add(b.voterStaffId());
            }
            List<StaffView> members = store.members(v.id()).stream().map(id -> staff.byId(id).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            return new Status(v, store.items(v.id()), members, bot, written);
        });
    }

    /**
     * Records an absent member's written ballot: one choice per proposal in order (the member's own
     * proposal as "-"), with a note. Refused if the member already voted in the bot.
     */
    @Transactional(noRollbackFor = Commendations.Refused.class)
    void recordWritten(long voteId, long memberId, Map<Long, Boolean> choices, String note, long secretary) {
        VoteRow vote = store.vote(voteId).filter(VoteRow::open).orElseThrow(() -> new Commendations.Refused("commendation.ballot.closed"));
        if (!store.members(voteId).contains(memberId)) {
            throw new Commendations.Refused("commendation.ballot.not-member");
        }
        if (store.ballots(voteId).stream().anyMatch(b -> b.voterStaffId() == memberId && !b.written())) {
            throw new Commendations.Refused("commendation.written.voted-in-bot");
        }
        for (Map.Entry<Long, Boolean> e : choices.entrySet()) {
            store.saveBallot(e.getKey(), memberId, e.getValue(), true, note, secretary, service.now());
        }
        Campaign c = campaigns.forYear(vote.schoolYear()).orElse(service.campaign());
        List<ItemRow> items = store.items(voteId);
        written.recorded(c, vote, items, memberId, choices, secretary, service.now(), (l, i) -> itemLabel(l, c, i));
        staff.byId(memberId).flatMap(StaffView::chatUser).filter(u -> u.chatId() != null)
                .ifPresent(u -> sendBallot(u, c, vote, items, service.now().toEpochMilli()));
        log.info("Staff #{} recorded the written ballot of staff #{} on vote #{}", secretary, memberId, vote.id());
    }

    /** Closes every open vote whose time has come. */
    @Transactional(noRollbackFor = Commendations.Refused.class)
    int closeDue() {
        int closed = 0;
        for (VoteRow v : store.dueVotes(service.now())) {
            if (close(v.id(), null).isPresent()) {
                closed++;
            }
        }
        return closed;
    }

    /** The results of a closed vote. */
    record Result(VoteRow vote, List<ItemRow> items, int present, int councilSize, List<String> writtenNotes, byte[] minutes,
                  String fileName) { }

    /**
     * Closes the vote (by a secretary, or automatically when {@code by} is null), counts, writes the
     * minutes and sends them with the outcome to the secretaries and the principals.
     */
    @Transactional(noRollbackFor = Commendations.Refused.class)
    Optional<Result> close(long voteId, Long by) {
        Optional<VoteRow> before = store.vote(voteId);
        if (before.isEmpty() || !store.closeVote(voteId, by, service.now())) {
            return Optional.empty();
        }
        VoteRow vote = store.vote(voteId).orElseThrow();
        Campaign c = campaigns.forYear(vote.schoolYear()).orElse(service.campaign());
        List<Long> members = store.members(voteId);
        List<BallotRow> ballots = store.ballots(voteId);
        Set<Long> memberSet = new HashSet<>(members);
        for (ItemRow i : store.items(voteId)) {
            int yes = 0;
            int no = 0;
            for (BallotRow b : ballots) {
                if (b.itemId() == i.id() && memberSet.contains(b.voterStaffId())) {
                    if (b.yes()) {
                        yes++;
                    } else {
                        no++;
                    }
                }
            }
            // The title's rule says "more than" or "at least", over all members or all but the candidate.
            TitleRules.VoteRule rule = c.commendation().titleRules().voteRule(i.titleCode());
            boolean candidateIsMember = i.candidateStaffId() != null && memberSet.contains(i.candidateStaffId());
            int eligible = rule.base(vote.councilSize(), candidateIsMember);
            boolean passed = rule.passes(yes, vote.councilSize(), candidateIsMember, i.threshold());
            store.itemResult(i.id(), yes, no, eligible, passed);
        }
        List<ItemRow> items = store.items(voteId);
        Set<Long> present = ballots.stream().filter(b -> !b.written()).map(BallotRow::voterStaffId).collect(Collectors.toSet());
        Map<Long, String> notes = new java.util.TreeMap<>();
        ballots.stream().filter(BallotRow::written).forEach(b -> notes.putIfAbsent(b.voterStaffId(), b.note()));
        List<String> writtenNotes = notes.entrySet().stream()
                .map(e -> staff.byId(e.getKey()).map(StaffView::fullName).orElse("#" + e.getKey()) + ": " + e.getValue()).toList();
        String chair = staff.withRole(Role.PRINCIPAL).stream().map(StaffView::fullName).findFirst().orElse("");
        String secretary = staff.byId(vote.openedBy()).map(StaffView::fullName).orElse("");
        AwardMoney money = service.view(c).money();
        long award = money.total();
        byte[] doc = minutes.write(new MinutesDocument.Data(c.schoolName(), c.schoolYear(), vote.meetingDate(), vote.place(), chair,
                secretary, present.size(), vote.councilSize(), items.stream().map(i -> new MinutesDocument.Row(i.subject(),
                        i.kind() == Proposal.Kind.INDIVIDUAL, t.title(c, i.titleCode()),
                        i.formCode() == null ? null : c.form(i.formCode()).map(Campaign.CommendationForm::name).orElse(i.formCode()),
                        i.yes(), i.no(), i.eligible(), i.threshold(), i.passed(),
                        c.commendation().titleRules().voteRule(i.titleCode()).moreThan())).toList(), writtenNotes, award, c.place(),
                LocalDateTime.ofInstant(by == null && vote.closesAt() != null ? vote.closesAt() : service.now(), c.zone()), money));
        String fileName = "bien-ban-hoi-dong-" + vote.meetingDate() + ".docx";
        log.info("Vote #{} closed {} ({} present of {})", voteId, by == null ? "at its time" : "by staff #" + by, present.size(),
                vote.councilSize());
        Result result = new Result(vote, items, present.size(), vote.councilSize(), writtenNotes, doc, fileName);
        secrecy.forget(voteId);
        announce(c, result, by);
        return Optional.of(result);
    }

    private void announce(Campaign c, Result r, Long by) {
        // Ballots: shown as closed, buttons gone.
        for (Long id : store.members(r.vote().id())) {
            staff.byId(id).flatMap(StaffView::chatUser).filter(u -> u.chatId() != null).ifPresent(u -> {
                for (int page = 0; page * ITEMS_PER_BALLOT < r.items().size(); page++) {
                    String key = ballotKey(r.vote().id(), id, page);
                    messenger.toLiteral(recipient(u), t.text(u.locale(), "commendation.ballot.closed-card", c.schoolYear(),
                                    r.vote().place(), Texts.date(r.vote().meetingDate())))
                            .key(key + "-closed").replacing(key).send();
                }
            });
        }
        // The secretaries and the principals, and whoever opened or closed the vote (an admin, say).
        Set<Long> told = new HashSet<>();
        List<Person> readers = new ArrayList<>(users.linkedWithRole(Role.SECRETARY));
        readers.addAll(users.linkedWithRole(Role.PRINCIPAL));
        for (Long id : new Long[] {r.vote().openedBy(), by}) {
            if (id != null) {
                staff.byId(id).flatMap(StaffView::chatUser).filter(u -> u.chatId() != null).ifPresent(readers::add);
            }
        }
        for (Person u : readers) {
            if (!told.add(u.staffId())) {
                continue;
            }
            Locale l = u.locale();
            messenger.toLiteral(recipient(u), outcome(l, c, r, by)).key("com-vote-outcome-" + r.vote().id() + "-" + u.staffId()).send();
            messenger.to(u, "commendation.minutes.caption", Texts.date(r.vote().meetingDate()), r.vote().place())
                    .attachNew(r.fileName(), r.minutes())
                    .key("com-vote-minutes-" + r.vote().id() + "-" + u.staffId()).send();
        }
    }

    String outcome(Locale l, Campaign c, Result r, Long by) {
        StringBuilder b = new StringBuilder(t.text(l, by == null ? "commendation.outcome.header-auto" : "commendation.outcome.header",
                c.schoolYear(), Texts.date(r.vote().meetingDate()), r.vote().place(), String.valueOf(r.present()),
                String.valueOf(r.councilSize())));
        int passed = 0;
        for (ItemRow i : r.items()) {
            if (Boolean.TRUE.equals(i.passed())) {
                passed++;
            }
            b.append('\n').append(i.position()).append(". ").append(itemLabel(l, c, i)).append(": ")
                    .append(t.text(l, Boolean.TRUE.equals(i.passed()) ? "commendation.outcome.passed" : "commendation.outcome.failed",
                            String.valueOf(i.yes()), String.valueOf(i.eligible()), new Share(i.yes(), i.eligible()).format(l, i.threshold()),
                            t.text(l, c.commendation().titleRules().voteRule(i.titleCode()).moreThan()
                                    ? "commendation.vote.need-more-than" : "commendation.vote.need-at-least", Share.number(i.threshold(), l))));
        }
        if (!r.writtenNotes().isEmpty()) {
            b.append('\n').append(t.text(l, "commendation.outcome.written", String.valueOf(r.writtenNotes().size())));
        }
        List<String> replaced = written.history(l, c, r.vote().id());
        if (!replaced.isEmpty()) {
            b.append('\n').append(t.text(l, "decision.written.history", String.join("; ", replaced)));
        }
        b.append("\n\n").append(t.text(l, "commendation.outcome.summary", String.valueOf(passed), String.valueOf(r.items().size())));
        String text = b.toString();
        return text.length() > CommendationTexts.MAX_TEXT ? text.substring(0, CommendationTexts.MAX_TEXT - 1) + "…" : text;
    }
}
