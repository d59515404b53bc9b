"""Lineage servicer: the graph walk and its protobuf mapping."""

from __future__ import annotations

from typing import Any

import grpc
from regserver_client.v1 import lineage_pb2 as pb
from regserver_client.v1 import lineage_pb2_grpc

from regserver.api import convert
from regserver.api.errors import handles_errors
from regserver.api.tracking import code_version_pb, dataset_pb, run_pb
from regserver.domain.errors import invalid_field
from regserver.domain.lineage import CodeVersion, Dataset, Direction, Edge, Lineage, Node
from regserver.domain.models import ModelVersion
from regserver.domain.tracking import Run

Context = grpc.aio.ServicerContext[Any, Any]

_DIRECTIONS = {
    pb.LINEAGE_DIRECTION_UNSPECIFIED: None,
    pb.LINEAGE_DIRECTION_UPSTREAM: Direction.UPSTREAM,
    pb.LINEAGE_DIRECTION_DOWNSTREAM: Direction.DOWNSTREAM,
    pb.LINEAGE_DIRECTION_BOTH: Direction.BOTH,
}


def _direction(value: int) -> Direction | None:
    if value not in _DIRECTIONS:
        raise invalid_field("direction", f"direction {value} is not a known LineageDirection")
    return _DIRECTIONS[value]  # type: ignore[index]


def node_pb(n: Node) -> pb.LineageNode:
    node = pb.LineageNode(name=n.name, depth=n.depth)
    r = n.resource
    if isinstance(r, ModelVersion):
        node.model_version.CopyFrom(convert.version_pb(r))
    elif isinstance(r, Run):
        node.run.CopyFrom(run_pb(r))
    elif isinstance(r, Dataset):
        node.dataset.CopyFrom(dataset_pb(r))
    elif isinstance(r, CodeVersion):
        node.code_version.CopyFrom(code_version_pb(r))
    return node


def edge_pb(e: Edge) -> pb.LineageEdge:
    return pb.LineageEdge(
        source=e.source,
        target=e.target,
        type=f"LINEAGE_EDGE_TYPE_{e.type.value}",
        dataset_role=f"DATASET_ROLE_{e.role}" if e.role else None,
        relation=f"MODEL_VERSION_RELATION_{e.relation}" if e.relation else None,
    )


class LineageServicer(lineage_pb2_grpc.LineageServicer):
    def __init__(self, lineage: Lineage) -> None:
        self._lineage = lineage

    @handles_errors
    async def GetLineage(self, request: pb.GetLineageRequest, context: Context) -> pb.GetLineageResponse:
        graph = await self._lineage.get_lineage(request.resource, _direction(request.direction), request.max_depth)
        return pb.GetLineageResponse(
            nodes=[node_pb(n) for n in graph.nodes], edges=[edge_pb(e) for e in graph.edges], truncated=graph.truncated
        )
