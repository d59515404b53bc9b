package regserver

import (
	"context"
	"iter"

	"google.golang.org/protobuf/proto"

	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
)

// RegisteredModels yields every registered model matching req (filter,
// order_by, page_size, show_deleted; nil for all), fetching pages lazily and
// following next_page_token. req is not modified. A failed call is yielded
// once as an *Error, ending the iteration.
//
//	for m, err := range client.RegisteredModels(ctx, nil) {
//		if err != nil { return err }
//		fmt.Println(m.GetName())
//	}
func (c *Client) RegisteredModels(ctx context.Context, req *regserverv1.ListRegisteredModelsRequest) iter.Seq2[*regserverv1.RegisteredModel, error] {
	return func(yield func(*regserverv1.RegisteredModel, error) bool) {
		r := &regserverv1.ListRegisteredModelsRequest{}
		if req != nil {
			r = proto.CloneOf(req)
		}
		for {
			resp, err := c.Registry.ListRegisteredModels(ctx, r)
			if err != nil {
				yield(nil, wrap(err))
				return
			}
			for _, m := range resp.GetRegisteredModels() {
				if !yield(m, nil) {
					return
				}
			}
			if resp.GetNextPageToken() == "" {
				return
			}
			r.PageToken = resp.GetNextPageToken()
		}
	}
}

// ModelVersions yields every model version matching req (model_name, filter,
// order_by, page_size, show_deleted; nil for the versions of every model),
// following next_page_token, like RegisteredModels.
func (c *Client) ModelVersions(ctx context.Context, req *regserverv1.ListModelVersionsRequest) iter.Seq2[*regserverv1.ModelVersion, error] {
	return func(yield func(*regserverv1.ModelVersion, error) bool) {
		r := &regserverv1.ListModelVersionsRequest{}
		if req != nil {
			r = proto.CloneOf(req)
		}
		for {
			resp, err := c.Registry.ListModelVersions(ctx, r)
			if err != nil {
				yield(nil, wrap(err))
				return
			}
			for _, v := range resp.GetModelVersions() {
				if !yield(v, nil) {
					return
				}
			}
			if resp.GetNextPageToken() == "" {
				return
			}
			r.PageToken = resp.GetNextPageToken()
		}
	}
}
