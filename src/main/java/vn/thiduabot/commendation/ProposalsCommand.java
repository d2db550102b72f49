package vn.thiduabot.commendation;

import vn.thiduabot.campaign.Discipline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.commendation.chat.ListSubmitDialog;
import vn.thiduabot.staff.StaffView;

/**
 * /dexuat (/proposals) [name]: the secretary builds the year's list of proposals. Without a name: the
 * overview with buttons (add a person or a team, fill from the registrations and approved scores, the
 * numbered list, the rule report, submit to the principal). With a name: that person's card, whose
 * buttons edit the proposal and the facts the rules read (rating, discipline, initiative, research)
 * in place. Typed inputs are short and checked.
 */
@Component
@Order(600)
class ProposalsCommand implements Command, LegacyButtonAction, Flow {

    private static final Logger log = LoggerFactory.getLogger(ProposalsCommand.class);
    static final String ACTION = "com.list";
    static final String FLOW = "commendation-proposals";
    static final String STEP_FIND = "find";
    static final String STEP_INITIATIVE = "initiative";
    static final String STEP_RESEARCH = "research";
    static final String STEP_START = "start";
    static final int MAX_CHOICES = 8;
    static final int MAX_NUMBER_BUTTONS = 48;
    static final int MAX_DECISION = 60;

    private final Commendations service;
    private final CommendationTexts t;
    private final ListSubmitDialog decisions;

    ProposalsCommand(Commendations service, CommendationTexts t, ListSubmitDialog decisions) {
        this.service = service;
        this.t = t;
        this.decisions = decisions;
    }

    @Override
    public List<String> names() {
        return List.of("dexuat", "proposals");
    }

    @Override
    public String descriptionKey() {
        return "command.proposals";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN);
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public void run(ChatSession s, String args) {
        if (args.isBlank()) {
            overview(s, null);
        } else {
            find(s, args);
        }
    }

    // --- overview and list -------------------------------------------------------------------------

    private void overview(ChatSession s, String replacing) {
        ListView v = service.view();
        Locale l = s.locale();
        Campaign c = v.campaign();
        String text = t.text(l, "commendation.list.overview", c.schoolYear(), t.status(l, v.state().status()),
                String.valueOf(v.individuals().size()), t.counts(l, c, v.individuals()),
                String.valueOf(v.collectives().size()), t.counts(l, c, v.collectives()),
                String.valueOf(v.violations().size()), t.money(l, v.money().total()));
        String key = replacing == null ? cardKey(s) : replacing;
        Reply r = compose(s, key, replacing == null, text);
        if (v.state().editable()) {
            r.buttonKey("commendation.button.add-person", ACTION, "add|" + key)
                    .buttonKey("commendation.button.add-team", ACTION, "team|" + key).row()
                    .buttonKey("commendation.button.prefill", ACTION, "prefill|" + key).row();
        }
        r.buttonKey("commendation.button.list", ACTION, "list|" + key)
                .buttonKey("commendation.button.check", ACTION, "check|" + key);
        if (v.state().editable() && !v.proposals().isEmpty()) {
            r.row().buttonKey("commendation.button.submit", ACTION, "submit|" + key);
        }
        r.send();
    }

    private void list(ChatSession s) {
        ListView v = service.view();
        Locale l = s.locale();
        Campaign c = v.campaign();
        if (v.proposals().isEmpty()) {
            s.reply("commendation.list.empty", c.schoolYear());
            return;
        }
        List<String> chunks = new ArrayList<>();
        StringBuilder b = new StringBuilder(t.text(l, "commendation.list.header", c.schoolYear(), String.valueOf(v.proposals().size())));
        int i = 0;
        for (Proposal p : v.proposals()) {
            i++;
            String mark = v.violationsOf(p.id()).isEmpty() ? "" : " ⚠️";
            String line = i + ". " + t.proposal(l, c, p, v.people().get(p.staffId())) + mark;
            if (b.length() + line.length() + 1 > CommendationTexts.MAX_TEXT) {
                chunks.add(b.toString());
                b = new StringBuilder();
            }
            b.append(b.isEmpty() ? "" : "\n").append(line);
        }
        b.append("\n\n").append(t.text(l, v.proposals().size() <= MAX_NUMBER_BUTTONS ? "commendation.list.open-hint"
                : "commendation.list.open-hint-typed"));
        chunks.add(b.toString());
        for (int c2 = 0; c2 < chunks.size(); c2++) {
            Reply r = s.literal(chunks.get(c2));
            if (c2 == chunks.size() - 1 && v.proposals().size() <= MAX_NUMBER_BUTTONS) {
                int n = 0;
                for (Proposal p : v.proposals()) {
                    r.button(String.valueOf(++n), ACTION, "open|" + p.id());
                    if (n % 8 == 0) {
                        r.row();
                    }
                }
            }
            r.send();
        }
    }

    // --- finding and adding people -----------------------------------------------------------------

    private void find(ChatSession s, String typed) {
        String wanted = typed.strip();
        if (wanted.length() > 80) {
            s.reply("commendation.find.too-long");
            return;
        }
        List<StaffView> found = service.findStaff(wanted);
        if (found.isEmpty()) {
            s.reply("commendation.find.none", wanted);
        } else if (found.size() == 1) {
            person(s, found.get(0).staffId(), null);
        } else if (found.size() > MAX_CHOICES) {
            s.reply("commendation.find.too-many", String.valueOf(found.size()), wanted);
        } else {
            String key = cardKey(s);
            Reply r = s.message("commendation.find.choose", String.valueOf(found.size())).key(key);
            for (StaffView v : found) {
                r.button(v.fullName() + (v.teamName() == null ? "" : " — " + v.teamName()), ACTION, "person|" + v.staffId() + "|" + key).row();
            }
            r.send();
        }
    }

    /** A person's card if they are proposed; otherwise the choice of a title for them. */
    private void person(ChatSession s, long staffId, String replacing) {
        Campaign c = service.campaign();
        Optional<Proposal> p = service.proposalOf(c.schoolYear(), staffId);
        if (p.isPresent()) {
            card(s, p.get().id(), replacing);
            return;
        }
        StaffView v = service.staffMember(staffId).orElse(null);
        if (v == null) {
            s.reply("commendation.list.gone");
            return;
        }
        if (!service.state(c.schoolYear()).editable()) {
            s.reply(service.state(c.schoolYear()).status() == CommendationStore.ListStatus.APPROVED
                    ? "commendation.list.locked-approved" : "commendation.list.locked-submitted");
            return;
        }
        String key = replacing == null ? cardKey(s) : replacing;
        Reply r = compose(s, key, replacing == null, t.text(s.locale(), "commendation.add.choose-title", v.fullName(),
                v.teamName() == null ? t.text(s.locale(), "commendation.no-team") : v.teamName()));
        for (Campaign.Title title : c.individualTitles()) {
            r.button(title.name(), ACTION, "ptitle|" + staffId + "|" + title.code() + "|" + key).row();
        }
        r.send();
    }

    // --- the card ----------------------------------------------------------------------------------

    private void card(ChatSession s, long proposalId, String replacing) {
        ListView v = service.view();
        Optional<Proposal> found = v.proposals().stream().filter(p -> p.id() == proposalId).findFirst();
        if (found.isEmpty()) {
            s.reply("commendation.list.gone");
            return;
        }
        Proposal p = found.get();
        Locale l = s.locale();
        Campaign c = v.campaign();
        StringBuilder b = new StringBuilder();
        if (p.individual()) {
            PersonFacts f = v.people().get(p.staffId());
            b.append(t.text(l, "commendation.card.person", p.subjectName(),
                    f.team() == null ? t.text(l, "commendation.no-team") : f.team(), t.title(c, p.titleCode()), t.form(l, c, p.formCode()),
                    t.rating(l, f.rating()) + ratingSource(l, c, f), t.discipline(l, f.discipline()),
                    blank(f.initiativeName()) ? t.text(l, "commendation.card.none")
                            : t.text(l, blank(f.initiativeDecision()) ? "commendation.card.initiative-unrecognised" : "commendation.card.initiative",
                                    f.initiativeName(), String.valueOf(f.initiativeDecision())),
                    blank(f.researchName()) ? t.text(l, "commendation.card.none") : f.researchName()));
            b.append('\n').append(t.text(l, "commendation.card.rule-facts",
                    blank(f.researchDecision()) ? t.text(l, "commendation.card.none")
                            : t.text(l, "commendation.card.research-decision", f.researchDecision(), f.researchDate().format(Texts.DATE)),
                    f.startDate() == null ? t.text(l, "commendation.card.start-before-year") : f.startDate().format(Texts.DATE)));
        } else {
            List<Long> members = v.teamMembers().getOrDefault(p.teamName(), List.of());
            b.append(t.text(l, "commendation.card.team", p.subjectName(), t.title(c, p.titleCode()), t.form(l, c, p.formCode()),
                    String.valueOf(members.size())));
        }
        RuleCheck.VoteResult vote = v.votes().get(p.id());
        if (vote != null && vote.titleCode().equals(p.titleCode())) {
            b.append('\n').append(t.text(l, vote.passed() ? "commendation.card.vote-passed" : "commendation.card.vote-failed",
                    String.valueOf(vote.yes()), String.valueOf(vote.eligible()), new Share(vote.yes(), vote.eligible()).format(l, vote.threshold())));
        }
        List<Violation> violations = v.violationsOf(p.id());
        b.append("\n\n").append(violations.isEmpty() ? t.text(l, "commendation.card.no-violations") : t.violations(l, violations, 10));
        String key = replacing == null ? cardKey(s) : replacing;
        Reply r = compose(s, key, replacing == null, b.toString());
        if (v.state().editable()) {
            String id = String.valueOf(p.id());
            r.buttonKey("commendation.button.title", ACTION, "title|" + id + "|" + key)
                    .buttonKey("commendation.button.form", ACTION, "form|" + id + "|" + key);
            if (p.individual()) {
                String staff = String.valueOf(p.staffId());
                r.row().buttonKey("commendation.button.rating", ACTION, "rating|" + id + "|" + key)
                        .buttonKey("commendation.button.discipline", ACTION, "disc|" + id + "|" + key).row()
                        .buttonKey("commendation.button.initiative", ACTION, "init|" + id + "|" + staff)
                        .buttonKey("commendation.button.research", ACTION, "res|" + id + "|" + staff).row()
                        .buttonKey("commendation.button.start-date", ACTION, "start|" + id + "|" + staff);
            }
            r.row().buttonKey("commendation.button.delete", ACTION, "del|" + id + "|" + key);
        }
        r.send();
    }

    private String ratingSource(Locale l, Campaign c, PersonFacts f) {
        if (f.rating() == null || f.ratingSource() != PersonFacts.RatingSource.SCORE) {
            return "";
        }
        return service.approvedScore(c.schoolYear(), f.staffId())
                .map(a -> " " + t.text(l, "commendation.card.from-score", Share.number(a.finalTotal(), l), String.valueOf(a.ratingName())))
                .orElse("");
    }

    // --- buttons -----------------------------------------------------------------------------------

    @Override
    public void onPress(ChatSession s, String payload) {
        String[] a = payload.split("\\|", -1);
        try {
            switch (a[0]) {
                case "home" -> overview(s, a[1]);
                case "add" -> {
                    s.startFlow(FLOW, STEP_FIND);
                    s.reply("commendation.add.ask-name");
                }
                case "team" -> chooseTeam(s, a[1]);
                case "tteam" -> chooseTeamTitle(s, rest(payload, 2), a[1]);
                case "ttitle" -> {
                    String team = rest(payload, 3);
                    long id = service.proposeTeam(service.campaign(), team, a[1], me(s));
                    log.info("Staff #{} proposed team {} for {}", me(s), team, a[1]);
                    card(s, id, a[2]);
                }
                case "ptitle" -> {
                    long id = service.proposePerson(service.campaign(), Long.parseLong(a[1]), a[2], me(s));
                    log.info("Staff #{} proposed staff #{} for {}", me(s), a[1], a[2]);
                    card(s, id, a[3]);
                }
                case "person" -> person(s, Long.parseLong(a[1]), a[2]);
                case "prefill" -> prefill(s, a[1]);
                case "list" -> list(s);
                case "check" -> CheckCommand.report(s, service.view(), t);
                case "submit" -> decisions.submit(s);
                case "open" -> card(s, Long.parseLong(a[1]), null);
                case "card" -> card(s, Long.parseLong(a[1]), a[2]);
                case "title" -> chooseTitle(s, Long.parseLong(a[1]), a[2]);
                case "form" -> chooseForm(s, Long.parseLong(a[1]), a[2]);
                case "setform" -> {
                    service.setForm(service.campaign(), Long.parseLong(a[1]), a[2].isEmpty() ? null : a[2]);
                    card(s, Long.parseLong(a[1]), a[3]);
                }
                case "rating" -> chooseRating(s, Long.parseLong(a[1]), a[2]);
                case "setrating" -> {
                    Proposal p = proposal(a[1]);
                    if (about(p, s)) {
                        s.alert("decision.proposal.own");
                        return;
                    }
                    StaffRating r = a[2].isEmpty() ? null : StaffRating.valueOf(a[2]);
                    service.updatePerson(p.schoolYear(), p.staffId(), row -> Commendations.withRating(row, r,
                            r == null ? null : PersonFacts.RatingSource.SECRETARY), me(s));
                    card(s, p.id(), a[3]);
                }
                case "disc" -> chooseDiscipline(s, Long.parseLong(a[1]), a[2]);
                case "setdisc" -> {
                    Proposal p = proposal(a[1]);
                    if (about(p, s)) {
                        s.alert("decision.proposal.own");
                        return;
                    }
                    // A button of an older message may still name the removed civil-servant form: nothing to save.
                    Discipline.parse(a[2]).ifPresent(d -> service.updatePerson(p.schoolYear(), p.staffId(),
                            row -> Commendations.withDiscipline(row, d), me(s)));
                    card(s, p.id(), a[3]);
                }
                case "init" -> askText(s, STEP_INITIATIVE, proposal(a[1]), "commendation.ask.initiative");
                case "res" -> askText(s, STEP_RESEARCH, proposal(a[1]), "commendation.ask.research-decision");
                case "start" -> {
                    Proposal p = proposal(a[1]);
                    if (about(p, s)) { // the start date decides whether the person may have LĐTT at all
                        s.alert("decision.proposal.own");
                        return;
                    }
                    askText(s, STEP_START, p, "commendation.ask.start-date");
                }
                case "del" -> {
                    Proposal p = proposal(a[1]);
                    edit(s, a[2], t.text(s.locale(), "commendation.delete.confirm", named(p)))
                            .buttonKey("commendation.button.delete-yes", ACTION, "delok|" + p.id() + "|" + a[2])
                            .buttonKey("commendation.button.back", ACTION, "card|" + p.id() + "|" + a[2]).send();
                }
                case "delok" -> {
                    Proposal p = service.delete(Long.parseLong(a[1]));
                    log.info("Staff #{} deleted proposal #{}", me(s), p.id());
                    edit(s, a[2], t.text(s.locale(), "commendation.delete.done", named(p))).send();
                }
                default -> s.toast("error.button-stale");
            }
        } catch (Refused r) {
            s.toast(r.key);
            s.reply(r.key);
        } catch (RuntimeException e) {
            if (e instanceof NumberFormatException || e instanceof ArrayIndexOutOfBoundsException || e instanceof IllegalArgumentException) {
                s.toast("error.button-stale");
                return;
            }
            throw e;
        }
    }

    private String named(Proposal p) {
        return p.individual() ? service.staffMember(p.staffId()).map(StaffView::fullName).orElse("#" + p.staffId()) : p.teamName();
    }

    /** A proposal about the person pressing: they do not set its rating or discipline themselves. */
    private boolean about(Proposal p, ChatSession s) {
        return p.staffId() != null && p.staffId() == me(s);
    }

    private Proposal proposal(String id) {
        return service.proposal(Long.parseLong(id)).orElseThrow(() -> new Refused("commendation.list.gone"));
    }

    private void prefill(ChatSession s, String key) {
        Commendations.Prefill p = service.prefill(service.campaign(), me(s));
        log.info("Staff #{} filled the proposals from registrations and scores: {}", me(s), p);
        s.reply("commendation.prefill.done", String.valueOf(p.people()), String.valueOf(p.teams()), String.valueOf(p.initiatives()),
                String.valueOf(p.ratings()));
        overview(s, key);
    }

    private void chooseTeam(ChatSession s, String key) {
        List<String> teams = service.teams();
        if (teams.isEmpty()) {
            s.reply("commendation.add.no-teams");
            return;
        }
        Reply r = edit(s, key, t.text(s.locale(), "commendation.add.choose-team"));
        for (int i = 0; i < teams.size(); i++) {
            r.button(teams.get(i), ACTION, "tteam|" + key + "|" + teams.get(i)).row();
        }
        r.buttonKey("commendation.button.back", ACTION, "home|" + key).send();
    }

    /** The payload after its first {@code fields} separators: a team name, which may contain anything. */
    private static String rest(String payload, int fields) {
        String[] parts = payload.split("\\|", fields + 1);
        if (parts.length <= fields) {
            throw new ArrayIndexOutOfBoundsException(fields);
        }
        return parts[fields];
    }

    private void chooseTeamTitle(ChatSession s, String team, String key) {
        Reply r = edit(s, key, t.text(s.locale(), "commendation.add.choose-team-title", team));
        for (Campaign.Title title : service.campaign().collectiveTitles()) {
            r.button(title.name(), ACTION, "ttitle|" + title.code() + "|" + key + "|" + team).row();
        }
        r.buttonKey("commendation.button.back", ACTION, "team|" + key).send();
    }

    private void chooseTitle(ChatSession s, long proposalId, String key) {
        Proposal p = proposal(String.valueOf(proposalId));
        Campaign c = service.campaign();
        Reply r = edit(s, key, t.text(s.locale(), "commendation.edit.choose-title", named(p)));
        if (p.individual()) {
            for (Campaign.Title title : c.individualTitles()) {
                r.button(title.name(), ACTION, "ptitle|" + p.staffId() + "|" + title.code() + "|" + key).row();
            }
        } else {
            for (Campaign.Title title : c.collectiveTitles()) {
                r.button(title.name(), ACTION, "ttitle|" + title.code() + "|" + key + "|" + p.teamName()).row();
            }
        }
        r.buttonKey("commendation.button.back", ACTION, "card|" + p.id() + "|" + key).send();
    }

    private void chooseForm(ChatSession s, long proposalId, String key) {
        Campaign c = service.campaign();
        Proposal p = proposal(String.valueOf(proposalId));
        Reply r = edit(s, key, t.text(s.locale(), "commendation.edit.choose-form", named(p)));
        for (Campaign.CommendationForm f : c.forms()) {
            r.button(f.name(), ACTION, "setform|" + p.id() + "|" + f.code() + "|" + key).row();
        }
        r.buttonKey("commendation.form.none", ACTION, "setform|" + p.id() + "||" + key).row()
                .buttonKey("commendation.button.back", ACTION, "card|" + p.id() + "|" + key).send();
    }

    private void chooseRating(ChatSession s, long proposalId, String key) {
        Proposal p = proposal(String.valueOf(proposalId));
        Reply r = edit(s, key, t.text(s.locale(), "commendation.edit.choose-rating", named(p)));
        for (StaffRating rating : StaffRating.values()) {
            r.button(t.rating(s.locale(), rating), ACTION, "setrating|" + p.id() + "|" + rating.name() + "|" + key).row();
        }
        r.buttonKey("commendation.button.back", ACTION, "card|" + p.id() + "|" + key).send();
    }

    private void chooseDiscipline(ChatSession s, long proposalId, String key) {
        Proposal p = proposal(String.valueOf(proposalId));
        Reply r = edit(s, key, t.text(s.locale(), "commendation.edit.choose-discipline", named(p)));
        for (Discipline d : Discipline.values()) {
            r.button(t.discipline(s.locale(), d), ACTION, "setdisc|" + p.id() + "|" + d.name() + "|" + key).row();
        }
        r.buttonKey("commendation.button.back", ACTION, "card|" + p.id() + "|" + key).send();
    }

    private void askText(ChatSession s, String step, Proposal p, String key) {
        if (!service.state(p.schoolYear()).editable()) {
            throw new Refused("commendation.list.locked-submitted");
        }
        Map<String, String> draft = new HashMap<>();
        draft.put("proposal", String.valueOf(p.id()));
        s.startFlow(FLOW, step, draft);
        s.reply(key, named(p), String.valueOf(Commendations.MAX_TEXT_FIELD));
    }

    // --- typed input -------------------------------------------------------------------------------

    @Override
    public void onInput(ChatSession s) {
        if (s.incoming().kind() != Incoming.Kind.TEXT || s.incoming().text().isBlank()) {
            s.reply("commendation.input.text-only");
            return;
        }
        String text = s.incoming().text().strip();
        try {
            switch (s.step()) {
                case STEP_FIND -> {
                    s.endFlow();
                    find(s, text);
                }
                case STEP_INITIATIVE -> initiative(s, text);
                case STEP_RESEARCH -> research(s, text);
                case STEP_START -> startDate(s, text);
                default -> {
                    s.endFlow();
                    s.reply("commendation.flow-lost");
                }
            }
        } catch (Refused r) {
            s.endFlow();
            s.reply(r.key);
        }
    }

    private Proposal draftProposal(ChatSession s) {
        try {
            return service.proposal(Long.parseLong(s.draft().get("proposal"))).orElseThrow(() -> new Refused("commendation.list.gone"));
        } catch (NumberFormatException e) {
            throw new Refused("commendation.flow-lost");
        }
    }

    /** "name; decision number", or "-" to clear. */
    private void initiative(ChatSession s, String text) {
        Proposal p = draftProposal(s);
        String name;
        String decision;
        if (text.equals("-")) {
            name = null;
            decision = null;
        } else {
            int semi = text.lastIndexOf(';');
            name = (semi < 0 ? text : text.substring(0, semi)).strip();
            decision = semi < 0 ? null : text.substring(semi + 1).strip();
            if (name.isEmpty()) {
                s.reply("commendation.input.length", String.valueOf(Commendations.MAX_TEXT_FIELD));
                return;
            }
            if (FreeText.TITLE.refuse(s, name)) {
                return;
            }
            if (decision != null && (decision.isEmpty() || decision.length() > MAX_DECISION)) {
                s.reply("commendation.input.decision", String.valueOf(MAX_DECISION));
                return;
            }
        }
        s.endFlow();
        service.updatePerson(p.schoolYear(), p.staffId(), row -> Commendations.withInitiative(row, name, decision), me(s));
        s.reply(name == null ? "commendation.saved.initiative-cleared"
                : decision == null ? "commendation.saved.initiative-no-decision" : "commendation.saved.initiative", named(p));
        card(s, p.id(), null);
    }

    /** "name; decision number; dd/MM/yyyy", just the name, or "-" to clear. */
    private void research(ChatSession s, String text) {
        Proposal p = draftProposal(s);
        FactsInput.Research r;
        try {
            r = text.equals("-") ? new FactsInput.Research(null, null, null) : FactsInput.research(text, MAX_DECISION);
        } catch (Refused e) {
            s.reply(e.key, String.valueOf(MAX_DECISION)); // the flow goes on: the teacher types it again
            return;
        }
        if (r.name() != null && FreeText.TITLE.refuse(s, r.name())) {
            return;
        }
        s.endFlow();
        service.updatePerson(p.schoolYear(), p.staffId(), row -> Commendations.withResearch(row, r.name(), r.decision(), r.decided()), me(s));
        s.reply(r.name() == null ? "commendation.saved.research-cleared"
                : r.decision() == null ? "commendation.saved.research-no-decision" : "commendation.saved.research", named(p));
        card(s, p.id(), null);
    }

    /** The day the person started work at the school, dd/MM/yyyy, or "-" for before this school year. */
    private void startDate(ChatSession s, String text) {
        Proposal p = draftProposal(s);
        java.time.LocalDate start = null;
        if (!text.equals("-")) {
            Optional<java.time.LocalDate> d = FactsInput.day(text);
            if (d.isEmpty()) {
                s.reply("commendation.input.start-date");
                return;
            }
            start = d.get();
        }
        java.time.LocalDate day = start;
        s.endFlow();
        service.updatePerson(p.schoolYear(), p.staffId(), row -> Commendations.withStartDate(row, day), me(s));
        s.reply("commendation.saved.start-date", named(p), day == null ? t.text(s.locale(), "commendation.card.start-before-year")
                : day.format(Texts.DATE));
        card(s, p.id(), null);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static long me(ChatSession s) {
        return s.requireUser().staffId();
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }

    private static final java.util.concurrent.atomic.AtomicLong KEYS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A key for a message whose buttons edit it in place later: unique because an update is handled
     * once (its id is recorded in the same transaction).
     */
    static String cardKey(ChatSession s) {
        return "com-" + s.incoming().updateId() + "-" + KEYS.incrementAndGet();
    }

    /** A new message with this key, or an edit of the earlier message that has it. */
    static Reply compose(ChatSession s, String key, boolean isNew, String text) {
        return isNew ? s.literal(text).key(key) : s.literal(text).key(key + "-e" + s.incoming().updateId() + "-" + KEYS.incrementAndGet())
                .replacing(key);
    }

    /** An edit of the message with key {@code replacing}. */
    private static Reply edit(ChatSession s, String replacing, String text) {
        return compose(s, replacing, false, text);
    }
}
