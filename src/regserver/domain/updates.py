"""Turns an update_mask into validated Changes, refusing unknown and immutable fields."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from regserver.domain import validation
from regserver.domain.errors import InvalidArgument
from regserver.domain.models import Changes

# "tags.<key>" or "tags.`<key with other characters>`".
_TAG_PATH = re.compile(r"tags\.(?:`((?:[^`\\]|\\.)+)`|([^`]+))")


def _bad_mask(message: str, path: str) -> InvalidArgument:
    return InvalidArgument(message, "INVALID_UPDATE_MASK", field="update_mask", path=path)


def changes(
    paths: Sequence[str],
    *,
    resource: str,
    mutable: Sequence[str],
    immutable: Mapping[str, str],
    description: str,
    tags: Mapping[str, str],
    owner: str | None = None,
) -> Changes:
    """`mutable` lists the fields an update may change; `immutable` maps other known fields to advice.

    `resource` is the request field holding the new state ("registered_model"), so errors name full paths.
    """
    values: dict[str, object] = {"description": description, "tags": tags, "owner": owner}
    if not paths:
        # AIP-134: without a mask, change the fields that are set.
        paths = [f for f in mutable if values[f]]
        if not paths:
            raise _bad_mask("nothing to update: set update_mask or at least one of " + ", ".join(mutable), "")
    result = Changes()
    for path in paths:
        if path == "*":
            for field in mutable:
                _apply(result, field, values, resource)
            continue
        tag = _TAG_PATH.fullmatch(path)
        if tag is not None and "tags" in mutable:
            key = tag.group(1).replace("\\`", "`").replace("\\\\", "\\") if tag.group(1) else tag.group(2)
            if not validation.TAG_KEY.fullmatch(key):
                raise _bad_mask(f"update_mask path {path!r} names an invalid tag key {key!r}", path)
            if key in tags:
                result.set_tags[key] = tags[key]
            else:
                result.delete_tags.add(key)
            continue
        if path in mutable:
            _apply(result, path, values, resource)
        elif path in immutable:
            raise _bad_mask(f"update_mask names {path!r}, which Update cannot change; {immutable[path]}", path)
        else:
            raise _bad_mask(f"update_mask names unknown field {path!r}; it can name {', '.join(mutable)}", path)
    if result.replace_tags is not None and (result.set_tags or result.delete_tags):
        raise _bad_mask("update_mask names both 'tags' and 'tags.<key>'; use one or the other", "tags")
    validation.tags(result.set_tags, f"{resource}.tags")
    return result


def _apply(result: Changes, field: str, values: Mapping[str, object], resource: str) -> None:
    if field == "description":
        result.description = validation.description(str(values["description"]), f"{resource}.description")
    elif field == "owner":
        result.owner = validation.owner(str(values["owner"] or ""), f"{resource}.owner")
    elif field == "tags":
        tags = values["tags"]
        assert isinstance(tags, Mapping)
        result.replace_tags = validation.tags(tags, f"{resource}.tags")
