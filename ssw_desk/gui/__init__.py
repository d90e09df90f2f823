"""The desktop interface (the only package that imports Qt).

``app.run`` starts it; ``main_window`` holds the queue (``queue_view``/``queue_model``) and the
review panel (``review``); ``tasks`` runs slow work in the background; ``i18n`` translates;
``crash`` records what nobody expected.
"""
