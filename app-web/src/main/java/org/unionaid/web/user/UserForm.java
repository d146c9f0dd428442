package org.unionaid.web.user;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.NewUser;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserChanges;

/** The create/edit form of a user. Login name and initial password are asked only when creating. */
public class UserForm {

    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String loginName;

    @NotBlank
    @Size(max = 50)
    private String displayName;

    @NotNull
    private Long organisationId;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    private String password;

    static UserForm of(UserAccount user) {
        UserForm form = new UserForm();
        form.loginName = user.getLoginName();
        form.displayName = user.getDisplayName();
        form.organisationId = user.getOrganisation().getId();
        form.roles = user.getRoles();
        form.enabled = user.isEnabled();
        return form;
    }

    NewUser newUser() {
        return new NewUser(loginName.strip(), displayName.strip(), organisationId, roles, password);
    }

    UserChanges changes() {
        return new UserChanges(displayName.strip(), organisationId, roles, enabled);
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
