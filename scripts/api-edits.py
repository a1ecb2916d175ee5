#!/usr/bin/env python3
"""Small edits of the structured seed reference (docs2swift format spec/gitpod-organizations.md),
one per kind of API change, for scripts/test-api-breaking.sh: api-edits.py EDIT IN.md OUT.md"""
import re, sys
def edit(name, s):
    if name == 'remove-method':
        a = s.index('## LeaveOrganization'); b = s.index('## ListMembers')
        return s[:a] + s[b:]
    if name == 'required-param':
        return s.replace("- `name: str` name is the organization name\n", "- `name: str` name is the organization name\n- `team_id: str` team_id is the team that owns the organization\n", 1)
    if name == 'optional-param':
        anchor = "- `join_organization: Optional[bool]` join_organization decides whether the Identity issuing this request joins the org on creation\n"
        assert anchor in s
        return s.replace(anchor, anchor + "- `team_id: Optional[str]` team_id is the team that owns the organization\n", 1)
    if name == 'field-optional':
        # The banner's field, in the Domain Type and where the responses document it (indented);
        # the parameters (not indented) stay required.
        out, n = re.subn(r"(\n +- )`organization_id: str`( organization_id is the ID of the organization\n\s*- `enabled: Optional\[bool\]` enabled controls whether the banner is displayed\n)",
                      r"\1`organization_id: Optional[str]`\2", s)
        assert n >= 3, n
        return out
    if name == 'enum-value':
        out = s.replace('"CUSTOM_DOMAIN_PROVIDER_GCP"]', '"CUSTOM_DOMAIN_PROVIDER_GCP", "CUSTOM_DOMAIN_PROVIDER_AZURE"]')
        out, n = re.subn(r'(\n(\s*)- `"CUSTOM_DOMAIN_PROVIDER_GCP"`\n)', r'\1\2- `"CUSTOM_DOMAIN_PROVIDER_AZURE"`\n', out)
        assert n >= 1
        return out
    if name == 'docs-only':
        anchor = "Creates a new organization with the specified name and settings."
        assert anchor in s
        return s.replace(anchor, "Creates a new organization with the given name and settings.", 1)
    if name == 'required-field':
        # A new required field of the AnnouncementBanner Domain Type (and where responses repeat it).
        out, n = re.subn(r"(\n( +)- `organization_id: str` organization_id is the ID of the organization\n)(\s*- `enabled: Optional\[bool\]` enabled controls whether the banner is displayed\n)",
                         r"\1\2- `theme: str` theme is the banner's color scheme\n\3", s)
        assert n >= 3, n
        return out
    if name == 'reorder-params':
        invite = "- `invite_accounts_with_matching_domain: Optional[bool]` Should other Accounts with the same domain be automatically invited to the organization?\n"
        join = "- `join_organization: Optional[bool]` join_organization decides whether the Identity issuing this request joins the org on creation\n"
        assert invite + join in s
        return s.replace(invite + join, join + invite, 1)
    if name == 'endpoint':
        anchor = "**post** `/gitpod.v1.OrganizationService/CreateOrganization`"
        assert anchor in s
        return s.replace(anchor, "**post** `/gitpod.v2.OrganizationService/CreateOrganization`", 1)
    if name == 'stop-paginating':
        anchor = "-> SyncMembersPage[OrganizationMember]`"
        assert anchor in s
        return s.replace(anchor, "-> OrganizationMember`", 1)
    raise SystemExit('unknown edit ' + name)
name, src, dst = sys.argv[1:]
open(dst, 'w').write(edit(name, open(src).read()))
