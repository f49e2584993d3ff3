package com.powermap.access.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import com.powermap.access.Role;
import com.powermap.access.UserService;
import com.powermap.access.UserService.Account;
import com.powermap.access.UserService.InvalidUserException;
import com.powermap.access.UserService.User;

/**
 * Administrators manage users here: create one with a role and, for a key-account
 * manager, the accounts they may see; change role, accounts or password; remove one.
 */
@Route("users")
@PageTitle("Users · Powermap")
@Menu(order = 9, title = "Users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

	private final UserService users;

	private final Grid<User> grid = new Grid<>(User.class, false);

	private final TextField username = new TextField();

	private final PasswordField password = new PasswordField();

	private final Select<Role> role = new Select<>();

	private final MultiSelectComboBox<Account> accounts = new MultiSelectComboBox<>();

	private final Paragraph message = new Paragraph();

	UsersView(UserService users) {
		this.users = users;
		setSizeFull();
		add(new H2(getTranslation("users.title")));

		this.grid.addColumn(User::username).setHeader(getTranslation("users.username")).setSortable(true);
		this.grid.addColumn((u) -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"));
		this.grid.addColumn((u) -> String.join(", ", u.accounts())).setHeader(getTranslation("users.accounts"));
		this.grid.asSingleSelect().addValueChangeListener((event) -> edit(event.getValue()));
		this.grid.setAllRowsVisible(true);

		this.username.setLabel(getTranslation("users.username"));
		this.password.setLabel(getTranslation("users.password"));
		this.password.setHelperText(getTranslation("users.password.help"));
		this.role.setLabel(getTranslation("users.role"));
		this.role.setItems(Role.values());
		this.role.setItemLabelGenerator((r) -> getTranslation("role." + r.name()));
		this.role.setValue(Role.KAM);
		this.role.addValueChangeListener((event) -> this.accounts.setEnabled(event.getValue() == Role.KAM));
		this.accounts.setLabel(getTranslation("users.accounts"));
		List<Account> all = users.accounts();
		this.accounts.setItems(all);
		this.accounts.setItemLabelGenerator((a) -> a.name() + " (" + a.id() + ")");

		Button create = new Button(getTranslation("users.create"), (e) -> save(true));
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button update = new Button(getTranslation("users.save"), (e) -> save(false));
		Button remove = new Button(getTranslation("users.delete"), (e) -> remove());
		remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
		create.addClickShortcut(Key.ENTER);

		FormLayout form = new FormLayout(this.username, this.password, this.role, this.accounts);
		this.message.setId("users-message");
		add(this.grid, form, new HorizontalLayout(create, update, remove), this.message);
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.users.list());
	}

	private void edit(User user) {
		clearErrors();
		if (user == null) {
			return;
		}
		this.username.setValue(user.username());
		this.password.clear();
		this.role.setValue(user.role());
		Set<Account> selected = new HashSet<>();
		this.users.accounts().stream().filter((a) -> user.accounts().contains(a.id())).forEach(selected::add);
		this.accounts.setValue(selected);
	}

	private void save(boolean create) {
		clearErrors();
		Set<String> ids = new HashSet<>();
		this.accounts.getValue().forEach((a) -> ids.add(a.id()));
		try {
			if (create) {
				this.users.create(this.username.getValue().trim(), this.password.getValue(), this.role.getValue(), ids);
			}
			else {
				this.users.update(this.username.getValue().trim(), this.role.getValue(), this.password.getValue(), ids);
			}
			this.message.setText(getTranslation("users.saved", this.username.getValue().trim()));
			this.password.clear();
			refresh();
		}
		catch (InvalidUserException ex) {
			showError(ex);
		}
	}

	private void remove() {
		clearErrors();
		try {
			this.users.delete(this.username.getValue().trim());
			this.message.setText(getTranslation("users.deleted", this.username.getValue().trim()));
			refresh();
		}
		catch (InvalidUserException ex) {
			showError(ex);
		}
	}

	private void showError(InvalidUserException ex) {
		String text = String.valueOf(ex.getMessage());
		switch (ex.field()) {
			case "password" -> {
				this.password.setErrorMessage(text);
				this.password.setInvalid(true);
			}
			case "accounts" -> {
				this.accounts.setErrorMessage(text);
				this.accounts.setInvalid(true);
			}
			case "role" -> {
				this.role.setErrorMessage(text);
				this.role.setInvalid(true);
			}
			default -> {
				this.username.setErrorMessage(text);
				this.username.setInvalid(true);
			}
		}
	}

	private void clearErrors() {
		this.message.setText("");
		this.username.setInvalid(false);
		this.password.setInvalid(false);
		this.role.setInvalid(false);
		this.accounts.setInvalid(false);
	}

}
