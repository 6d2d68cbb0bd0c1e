/**
 * A deck.gl layer that draws prepared geometry as it is: Float32 longitude/latitude pairs and
 * the vertex indices of points, 1-pixel lines or triangles, in one colour or a colour per vertex
 * (a layer coloured by a property). No joints, no picking: a layer of a million vertices is one buffer upload and one
 * cheap draw call even on software WebGL. (Hits are found on the CPU, model/userData/userPicking.ts.)
 */
import { Layer, project32, type DefaultProps, type LayerProps, type UpdateParameters } from '@deck.gl/core';
import { Geometry, Model } from '@luma.gl/engine';
import type { ShaderModule } from '@luma.gl/shadertools';

export type FlatTopology = 'point-list' | 'line-list' | 'triangle-list';

export interface FlatGeometryLayerProps extends LayerProps {
  positions: Float32Array;
  /** Which vertices make each point, line or triangle; every vertex once, in order, when absent. */
  indices?: Uint32Array | null;
  topology: FlatTopology;
  /** RGBA, 0–255. */
  color: [number, number, number, number];
  /** RGBA, 0–255, of each vertex, drawn instead of `color` (layer.opacity still applies). */
  colors?: Uint8Array | null;
  /** A point's diameter in CSS pixels. */
  pointSize?: number;
  /** Points as dots rather than squares (a few pixels wide, the two look alike). */
  roundPoints?: boolean;
}

type FlatUniforms = { color: [number, number, number, number]; pointSize: number; roundPoints: number };

const uniformBlock = /* glsl */ `\
layout(std140) uniform flatGeometryUniforms {
  vec4 color;
  float pointSize;
  float roundPoints;
} flatGeometry;
`;

const flatGeometryUniforms = {
  name: 'flatGeometry',
  vs: uniformBlock,
  fs: uniformBlock,
  uniformTypes: { color: 'vec4<f32>', pointSize: 'f32', roundPoints: 'f32' },
} as const satisfies ShaderModule<FlatUniforms>;

const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME flat-geometry-layer-vertex-shader
in vec2 positions;
#ifdef VERTEX_COLORS
in vec4 colors;
#endif
out vec4 vColor;
void main(void) {
  gl_Position = project_position_to_clipspace(vec3(positions, 0.0), vec3(0.0), vec3(0.0));
  gl_PointSize = flatGeometry.pointSize * project.devicePixelRatio;
#ifdef VERTEX_COLORS
  vColor = colors;
#else
  vColor = flatGeometry.color;
#endif
}
`;

const fs = /* glsl */ `\
#version 300 es
#define SHADER_NAME flat-geometry-layer-fragment-shader
precision highp float;
in vec4 vColor;
out vec4 fragColor;
void main(void) {
  if (flatGeometry.roundPoints > 0.5 && length(gl_PointCoord - vec2(0.5)) > 0.5) discard;
  fragColor = vec4(vColor.rgb, vColor.a * layer.opacity);
}
`;

const defaultProps: DefaultProps<FlatGeometryLayerProps> = {
  positions: { type: 'object', value: new Float32Array(0), compare: true },
  indices: { type: 'object', value: null, compare: true },
  colors: { type: 'object', value: null, compare: true },
  topology: 'line-list',
  color: { type: 'color', value: [0, 0, 0, 255] },
  pointSize: 6,
  roundPoints: true,
};

export class FlatGeometryLayer extends Layer<FlatGeometryLayerProps> {
  static layerName = 'FlatGeometryLayer';
  static defaultProps = defaultProps;
  declare state: { model?: Model };

  initializeState(): void {
    // No attributes: the geometry arrives whole, in the props.
  }

  getShaders() {
    return super.getShaders({ vs, fs, modules: [project32, flatGeometryUniforms] });
  }

  updateState(params: UpdateParameters<this>): void {
    super.updateState(params);
    const { props, oldProps } = params;
    const changed = (['positions', 'indices', 'topology', 'colors'] as const).some((key) => props[key] !== oldProps[key]);
    if (changed) {
      this.state.model?.destroy();
      this.setState({ model: this.makeModel() });
    }
  }

  draw(): void {
    const { model } = this.state;
    if (!model) return;
    const [r, g, b, a] = this.props.color;
    const roundPoints = this.props.topology === 'point-list' && this.props.roundPoints ? 1 : 0;
    model.shaderInputs.setProps({
      flatGeometry: { color: [r / 255, g / 255, b / 255, (a ?? 255) / 255], pointSize: this.props.pointSize ?? 6, roundPoints },
    });
    model.draw(this.context.renderPass);
  }

  private makeModel(): Model {
    const { positions, indices, topology, colors } = this.props;
    const shaders = this.getShaders();
    return new Model(this.context.device, {
      ...shaders,
      // A second program, linked only for a layer coloured by a property.
      ...(colors ? { defines: { ...shaders.defines, VERTEX_COLORS: 1 } } : {}),
      id: this.props.id,
      geometry: new Geometry({
        topology,
        attributes: { positions: { size: 2, value: positions }, ...(colors ? { colors: { size: 4, value: colors, normalized: true } } : {}) },
        ...(indices ? { indices: { size: 1, value: indices } } : {}),
      }),
    });
  }
}
