package vn.thiduabot.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import vn.thiduabot.people.Role;

/** A person on the school's staff list, and the Telegram account linked to them (if any). */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    /** Normalised, e.g. +84912345678 (see {@link PhoneNumbers}). */
    @Column(nullable = false, unique = true)
    private String phone;

    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    private String email;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean active = true;

    @Column(name = "telegram_user_id")
    private Long telegramUserId;

    @Column(name = "telegram_chat_id")
    private Long telegramChatId;

    @Column(name = "telegram_username")
    private String telegramUsername;

    @Column(nullable = false)
    private String language = "vi";

    @Column(name = "linked_at")
    private Instant linkedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StaffMember() {
    }

    public StaffMember(String fullName, String phone, Team team, String email, Set<Role> roles, Instant now) {
        this.fullName = fullName;
        this.phone = phone;
        this.team = team;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Applies a row of a new staff list; returns true if anything changed. */
    public boolean update(String fullName, Team team, String email, Set<Role> roles, Instant now) {
        Set<Role> newRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        boolean changed = !this.fullName.equals(fullName)
                || !sameTeam(team)
                || !java.util.Objects.equals(this.email, email)
                || !this.roles.equals(newRoles)
                || !active;
        if (changed) {
            this.fullName = fullName;
            this.team = team;
            this.email = email;
            this.roles = newRoles;
            this.active = true;
            this.updatedAt = now;
        }
        return changed;
    }

    /** Whether {@link #update} with these values would change anything (the team already compared by the caller). */
    public boolean wouldChange(String fullName, boolean sameTeam, String email, Set<Role> roles) {
        Set<Role> newRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return !this.fullName.equals(fullName) || !sameTeam || !java.util.Objects.equals(this.email, email)
                || !this.roles.equals(newRoles) || !active;
    }

    /** The principal or an admin, active and reachable: may confirm what someone else asked for. */
    public boolean maySecondOthers() {
        return active && isLinked() && (roles.contains(Role.PRINCIPAL) || roles.contains(Role.ADMIN));
    }

    private boolean sameTeam(Team other) {
        Long mine = team == null ? null : team.getId();
        Long theirs = other == null ? null : other.getId();
        return java.util.Objects.equals(mine, theirs);
    }

    public void linkTelegram(long userId, long chatId, String username, Instant now) {
        this.telegramUserId = userId;
        this.telegramChatId = chatId;
        this.telegramUsername = username;
        this.linkedAt = now;
        this.updatedAt = now;
    }

    /** The Telegram account moved to another staff row (or the person got a new account). */
    public void unlinkTelegram(Instant now) {
        this.telegramUserId = null;
        this.telegramChatId = null;
        this.telegramUsername = null;
        this.linkedAt = null;
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void changeLanguage(String tag, Instant now) {
        this.language = tag;
        this.updatedAt = now;
    }

    /** Name and team (Lò Thị Hoa — Tổ Văn phòng), for choosing among people with similar names. */
    public String nameAndTeam() {
        return team == null ? fullName : fullName + " — " + team.getName();
    }

    public boolean isLinked() {
        return telegramUserId != null;
    }

    /** True if this Telegram account is the one linked to this person. */
    public boolean isLinkedTo(long telegramUserId) {
        return this.telegramUserId != null && this.telegramUserId == telegramUserId;
    }

    /** True if this person is linked, but to another Telegram account than this one. */
    public boolean isLinkedElsewhere(long telegramUserId) {
        return isLinked() && !isLinkedTo(telegramUserId);
    }

    /** The linked account as the audit log shows it (Telegram 123456 @hoa), or null when not linked. */
    public String telegramAccount() {
        if (!isLinked()) {
            return null;
        }
        return "Telegram " + telegramUserId + (telegramUsername == null ? "" : " @" + telegramUsername);
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public String getPhone() { return phone; }
    public Team getTeam() { return team; }
    public String getEmail() { return email; }
    public Set<Role> getRoles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public boolean isActive() { return active; }
    public Long getTelegramUserId() { return telegramUserId; }
    public Long getTelegramChatId() { return telegramChatId; }
    public String getTelegramUsername() { return telegramUsername; }
    public String getLanguage() { return language; }
    public Instant getLinkedAt() { return linkedAt; }
}
