# syntax=docker/dockerfile:1
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY indicators indicators
COPY storage storage
COPY watcher watcher
RUN pip wheel --no-cache-dir --wheel-dir /wheels '.[postgres]'

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 watcher
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER watcher
WORKDIR /home/watcher
ENTRYPOINT ["watcher"]
CMD ["run"]
