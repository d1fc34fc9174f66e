# syntax=docker/dockerfile:1
# The watcher daemon as a slim image: a build stage installs the project and its
# PostgreSQL driver into a virtualenv; the runtime stage copies only that virtualenv and
# runs as an unprivileged user. No compiler, pip cache or sources in the final image.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/watcher
WORKDIR /src
COPY pyproject.toml README.md ./
COPY indicators indicators
COPY storage storage
COPY watcher watcher
RUN /opt/watcher/bin/pip install '.[postgres]' \
    && /opt/watcher/bin/pip uninstall --yes pip setuptools

FROM ${PYTHON_IMAGE}
LABEL org.opencontainers.image.title="cbrn-watcher" \
      org.opencontainers.image.description="Event timeline and indicator watch daemon"
ENV PATH=/opt/watcher/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    WATCHER_DATABASE_URL=sqlite:////data/watcher.db
RUN groupadd --system --gid 10001 watcher \
    && useradd --system --uid 10001 --gid watcher --home-dir /home/watcher --create-home \
       --shell /usr/sbin/nologin watcher \
    && install -d -o watcher -g watcher /data
COPY --from=build /opt/watcher /opt/watcher
USER watcher:watcher
WORKDIR /home/watcher
VOLUME ["/data"]
EXPOSE 9100
ENTRYPOINT ["watcher"]
CMD ["run", "--metrics-port", "9100", "--metrics-host", "0.0.0.0"]
