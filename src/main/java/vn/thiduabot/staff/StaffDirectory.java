package vn.thiduabot.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.PersonDirectory;

/** Who is who, from the staff table: the chat layer's only source of identity and roles. */
@Service
public class StaffDirectory implements PersonDirectory {

    private final StaffRepository staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffDirectory(StaffRepository staff, ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> findByTelegramUser(long telegramUserId) {
        return staff.findByTelegramUserId(telegramUserId).filter(StaffMember::isActive).map(StaffDirectory::toPerson);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> linkedWithRole(Role role) {
        return staff.findByActiveTrueOrderByFullNameAsc().stream()
                .filter(m -> m.isLinked() && m.getRoles().contains(role))
                .map(StaffDirectory::toPerson)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> linked() {
        return staff.findByActiveTrueOrderByFullNameAsc().stream().filter(StaffMember::isLinked).map(StaffDirectory::toPerson).toList();
    }

    @Override
    @Transactional
    public void changeLanguage(long staffId, Locale locale) {
        staff.findById(staffId).ifPresent(m -> {
            m.changeLanguage(locale.getLanguage(), clock.instant());
            events.publishEvent(new LanguageChanged(m.getId(), m.getLanguage()));
        });
    }

    /** Everyone on the active staff list, by name. */
    @Transactional(readOnly = true)
    public List<StaffView> activeStaff() {
        return staff.findByActiveTrueOrderByFullNameAsc().stream().map(StaffDirectory::toView).toList();
    }

    /** The active members of a team (tổ), by name. */
    @Transactional(readOnly = true)
    public List<StaffView> teamMembers(String teamName) {
        return staff.findByActiveTrueOrderByFullNameAsc().stream()
                .filter(m -> m.getTeam() != null && m.getTeam().getName().equalsIgnoreCase(teamName))
                .map(StaffDirectory::toView)
                .toList();
    }

    /** Team names that have at least one active member, alphabetically. */
    @Transactional(readOnly = true)
    public List<String> teamNames() {
        return staff.findByActiveTrueOrderByFullNameAsc().stream()
                .filter(m -> m.getTeam() != null)
                .map(m -> m.getTeam().getName())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * The active staff member with this phone number, written in any usual form (a campaign file names the
     * substitute decider this way); empty for a number that is not a phone or not on the active list.
     */
    @Transactional(readOnly = true)
    public Optional<StaffView> activeByPhone(String phone) {
        return PhoneNumbers.normalise(phone).flatMap(staff::findByPhone).filter(StaffMember::isActive).map(StaffDirectory::toView);
    }

    @Transactional(readOnly = true)
    public Optional<StaffView> byId(long staffId) {
        return staff.findById(staffId).map(StaffDirectory::toView);
    }

    /** Active staff holding a role, linked or not (e.g. to count who should act). */
    @Transactional(readOnly = true)
    public List<StaffView> withRole(Role role) {
        return activeStaff().stream().filter(v -> v.has(role)).toList();
    }

    /** Active staff matching a phone number, or whose name contains the words typed (accents optional). */
    @Transactional(readOnly = true)
    public List<StaffView> findActive(String nameOrPhone) {
        return activeByNameOrPhone(staff, nameOrPhone).stream().map(StaffDirectory::toView).toList();
    }

    /** The one search of active staff as people type it: a phone number finds its owner, anything else a name. */
    static List<StaffMember> activeByNameOrPhone(StaffRepository staff, String nameOrPhone) {
        Optional<String> phone = PhoneNumbers.normalise(nameOrPhone);
        if (phone.isPresent()) {
            return staff.findByPhone(phone.get()).filter(StaffMember::isActive).stream().toList();
        }
        return vn.thiduabot.people.Names.search(staff.findByActiveTrueOrderByFullNameAsc(), StaffMember::getFullName, nameOrPhone);
    }

    static StaffView toView(StaffMember m) {
        Optional<Person> user = m.isLinked() && m.isActive() ? Optional.of(toPerson(m)) : Optional.empty();
        return new StaffView(m.getId(), m.getFullName(), m.getPhone(), m.getTeam() == null ? null : m.getTeam().getName(),
                m.getRoles(), m.isActive(), user);
    }

    public static Person toPerson(StaffMember m) {
        return new Person(m.getId(), m.getFullName(), m.getTeam() == null ? null : m.getTeam().getName(),
                m.getRoles(), Texts.locale(m.getLanguage()), m.getTelegramUserId(), m.getTelegramChatId());
    }
}
