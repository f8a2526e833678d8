from ninja import Router

router = Router(tags=["placeholder"])
public_router = Router(tags=["public"], auth=None)
